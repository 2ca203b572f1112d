// Foreign residents' own procedures at immigration and the pension service, what peers offer that we
// lacked (nursery on a move-in, the dog's microchip), documents with a cost in time and money,
// procedures that hand over what later ones need, and what happens when a deadline is missed —
// walked through the real catalog. Deadlines are counted by hand (初日不算入 unless the law counts
// the first day) and moved off closed days.
import { describe, expect, it } from 'vitest'

import { absent, catalog, doc, documentsAbsent, proc, run } from '../../helpers/navi'

const procedure = (id: string) => {
  const p = catalog.procedures.find((x) => x.id === id)
  if (!p) throw new Error(`"${id}" is not a catalog procedure`)
  return p
}
const trigger = (id: string, event: string) => {
  const t = procedure(id).triggers.find((x) => x.event === event && ['days', 'months', 'before'].includes(x.due.kind))
  if (!t) throw new Error(`"${id}" has no dated trigger for ${event}`)
  return t
}

describe('a foreign resident marrying and taking a new surname (2027-02-01, Mon)', () => {
  const r = run(
    'events=marriage&date=2027-02-01&nationality=other&namechange=yes&card=yes&insurance=employee&pension=2&dependant=no&licence=no',
  )

  it('reports the new name on the residence card at immigration within 14 days: 2/15 (Mon)', () => {
    const p = proc(r, 'zairyu-card-kisai')
    expect(p).toMatchObject({ applies: 'yes', obligation: 'required', offices: ['tokyo-nyukan'] })
    expect(p.due).toMatchObject({ date: '2027-02-15', movedForClosedDays: false })
    expect(procedure('zairyu-card-kisai').scope).toBe('outside')
  })

  it('brings the passport, a photo, the card and proof of the new name — nothing a Japanese spouse would bring', () => {
    for (const id of ['passport', 'shomei-shashin', 'zairyu-card', 'shimei-henko-shomei'])
      expect(doc(r, id).needed, id).toBe('yes')
    expect(doc(r, 'zairyu-card').submit).toContain('zairyu-card-kisai')
  })

  it('says what a missed deadline costs: a fine of up to ¥200,000 under the immigration act', () => {
    const c = trigger('zairyu-card-kisai', 'marriage').due.consequence
    expect(c).toMatchObject({ kind: 'fine', law: '出入国管理及び難民認定法 第71条の3' })
    expect(c?.text.ja).toContain('20万円以下の罰金')
    expect(c?.text['ja-easy']).toContain('20{万円|まんえん}')
  })

  it('still lists the My Number Card name change at the ward, a separate counter', () => {
    expect(proc(r, 'mynumber-name').applies).toBe('yes')
  })

  it('is not brought when the name stays, or for a Japanese national', () => {
    absent(
      run(
        'events=marriage&date=2027-02-01&nationality=other&namechange=no&card=yes&insurance=employee&pension=2&dependant=no&licence=no',
      ),
      ['zairyu-card-kisai'],
    )
    absent(
      run(
        'events=marriage&date=2027-02-01&nationality=japan&namechange=yes&card=yes&insurance=employee&pension=2&dependant=no&licence=no',
      ),
      ['zairyu-card-kisai'],
    )
  })
})

describe('a foreign employee starting a job (2027-04-01, Thu)', () => {
  const r = run('events=job-start&date=2027-04-01&nationality=other&insurance=employee&spouse=no')

  it('notifies immigration of the new employer within 14 days: 4/15 (Thu)', () => {
    const p = proc(r, 'shozoku-kikan')
    expect(p).toMatchObject({ applies: 'yes', obligation: 'required', offices: ['tokyo-nyukan'] })
    expect(p.due).toMatchObject({ date: '2027-04-15', movedForClosedDays: false })
    expect(trigger('shozoku-kikan', 'job-start').due.consequence).toMatchObject({
      kind: 'fine',
      law: '出入国管理及び難民認定法 第71条の3',
    })
  })

  it('needs permission to work before the first day only where the status does not allow it', () => {
    const p = proc(r, 'shikakugai-katsudo')
    expect(p.due).toMatchObject({ date: '2027-04-01' })
    expect(procedure('shikakugai-katsudo').title.ja).toContain('留学・家族滞在')
    expect(trigger('shikakugai-katsudo', 'job-start').due.consequence).toMatchObject({ kind: 'fine' })
  })

  it('reminds to check the period of stay without inventing a date', () => {
    expect(proc(r, 'zairyu-kikan-koshin')).toMatchObject({
      applies: 'yes',
      obligation: 'recommended',
      offices: ['tokyo-nyukan'],
    })
    expect(proc(r, 'zairyu-kikan-koshin').due.date).toBeNull()
  })

  it('leaves all three out for a Japanese national', () => {
    absent(run('events=job-start&date=2027-04-01&nationality=japan&insurance=employee&spouse=no'), [
      'shozoku-kikan',
      'shikakugai-katsudo',
      'zairyu-kikan-koshin',
    ])
  })

  it('on leaving, counts 14 days from the last working day: insurance ended 4/1, so by 4/14 (Wed)', () => {
    const leave = run('events=job-leave&date=2027-04-01&nationality=other&insurance=employee&pension=2&spouse=no')
    expect(proc(leave, 'shozoku-kikan').due).toMatchObject({ date: '2027-04-14' })
    absent(leave, ['shikakugai-katsudo'])
  })

  it('on a divorce, the spouse notification comes with it', () => {
    const divorce = run(
      'events=divorce&date=2027-04-01&nationality=other&namechange=no&card=no&insurance=employee&pension=2&children=none&divorceKind=kyogi&licence=no',
    )
    expect(proc(divorce, 'shozoku-kikan').due).toMatchObject({ date: '2027-04-15' })
    absent(divorce, ['zairyu-card-kisai'])
  })
})

describe('a student arriving from abroad', () => {
  it('is offered the permission for part-time work, with no deadline of its own', () => {
    const r = run(
      'events=move-in&date=2027-04-05&from=abroad&nationality=other&ages=21&student=yes&insurance=none&card=no',
    )
    expect(proc(r, 'shikakugai-katsudo')).toMatchObject({ applies: 'yes', because: 'move-in' })
    expect(proc(r, 'shikakugai-katsudo').due.date).toBeNull()
  })

  it('a teenager who is never asked about studies gets no "maybe" from it', () => {
    absent(run('events=move-in&date=2027-04-05&from=abroad&nationality=other&ages=18&insurance=none&card=no'), [
      'shikakugai-katsudo',
    ])
  })
})

describe('a Japanese national back from abroad (move-in 2027-01-15, Fri) whose register is kept elsewhere', () => {
  const r = run('events=move-in&date=2027-01-15&from=abroad&nationality=japan&ages=52&insurance=none')

  it('warns that the family register papers by post may take longer than the 14 days left', () => {
    expect(proc(r, 'tennyu').due.date).toBe('2027-01-29')
    expect(r.warnings).toContainEqual({
      kind: 'lead-time',
      document: 'koseki-fuhyo',
      procedure: 'tennyu',
      orderBy: '2027-01-15',
      due: '2027-01-29',
    })
  })

  it('counts one copy and its estimated cost: ¥450 register + ¥300 fuhyo', () => {
    expect(doc(r, 'koseki-fuhyo')).toMatchObject({
      needed: 'yes',
      copies: 1,
      cost: 750,
      orderBy: '2027-01-15',
      producedBy: null,
    })
    expect(doc(r, 'koseki-fuhyo').conditions.join('')).toContain('目安')
  })

  it('warns nobody moving from another city in Japan', () => {
    const domestic = run(
      'events=move-in&date=2027-01-15&from=other-city&nationality=japan&ages=52&insurance=none&card=no',
    )
    expect(domestic.warnings.filter((w) => w.document === 'koseki-fuhyo')).toEqual([])
  })

  it('says what a late 転入届 costs: a 過料 of up to ¥50,000', () => {
    expect(trigger('tennyu', 'move-in').due.consequence).toMatchObject({
      kind: 'fine',
      law: '住民基本台帳法 第52条第2項',
    })
    expect(trigger('tennyu', 'move-in').due.consequence?.text.ja).toContain('5万円以下の過料')
  })
})

describe('a family moving in with a 3-year-old and a 7-year-old (2027-03-26, Fri)', () => {
  const r = run(
    'events=move-in&date=2027-03-26&from=other-city&nationality=japan&card=no&insurance=employee&ages=36,34,7,3&licence=no&dog=no&moped=no',
  )

  it('offers the nursery application as a benefit for families who need childcare, with no moving deadline', () => {
    // The engine gives "maybe" only for an unanswered question, and no question asks whether the
    // family needs childcare: the card is the benefit 「申請でもらえる」 and its words say who it is for.
    const p = proc(r, 'hoikuen')
    expect(p).toMatchObject({ obligation: 'benefit', because: 'move-in', offices: ['honcho'] })
    expect(p.applies).toBe('yes')
    expect(p.due.date).toBeNull()
    expect(procedure('hoikuen').triggers.find((t) => t.event === 'move-in')?.due.text.ja).toContain(
      '家で0〜5歳の子を保育できない家庭',
    )
  })

  it('hands the school notice over at the 転入届: nothing to bring from home for the school transfer', () => {
    expect(doc(r, 'shugaku-tsuchisho')).toMatchObject({ producedBy: 'tennyu', orderBy: null, cost: null })
    expect(procedure('tennyu').produces).toEqual(['shugaku-tsuchisho'])
  })

  it('is not offered to a family whose youngest is 6', () => {
    absent(
      run(
        'events=move-in&date=2027-03-26&from=other-city&nationality=japan&card=no&insurance=employee&ages=36,34,7,6&licence=no&dog=no&moped=no',
      ),
      ['hoikuen'],
    )
  })

  it('says what a late child allowance or medical card costs', () => {
    expect(trigger('jido-teate', 'move-in').due.consequence).toMatchObject({ kind: 'benefit-lost' })
    expect(trigger('kodomo-iryo', 'move-in').due.consequence?.kind).toBe('benefit-lost')
    expect(trigger('kodomo-iryo', 'move-in').due.consequence?.text.ja).toContain('さかのぼって助成されません')
  })
})

describe('moving out of Kita (2027-03-26, Fri)', () => {
  const r = run(
    'events=move-out&date=2027-03-26&to=other-city&nationality=japan&insurance=employee&ages=40&dog=no&moped=no&licence=no',
  )

  it('hands the moving-out certificate over at the counter: it is not on the list of things to bring', () => {
    expect(proc(r, 'tenshutsu').applies).toBe('yes')
    expect(procedure('tenshutsu').produces).toEqual(['tenshutsu-shomeisho'])
    documentsAbsent(r, ['tenshutsu-shomeisho'])
    expect(trigger('tenshutsu', 'move-out').due.consequence).toMatchObject({
      kind: 'fine',
      law: '住民基本台帳法 第52条第2項',
    })
  })

  it('a foreign resident leaving Japan can claim the pension lump sum within 2 years: by 2029-03-26 (Mon)', () => {
    const abroad = run(
      'events=move-out&date=2027-03-26&to=abroad&nationality=other&insurance=employee&ages=29&dog=no&moped=no&licence=no',
    )
    const p = proc(abroad, 'dattai-ichijikin')
    expect(p).toMatchObject({ applies: 'yes', obligation: 'benefit', offices: ['kita-nenkin'] })
    expect(p.due).toMatchObject({ date: '2029-03-26' })
    expect(trigger('dattai-ichijikin', 'move-out').due.consequence).toMatchObject({ kind: 'right-lost' })
    expect(procedure('dattai-ichijikin').handledBy?.ja).toContain('日本年金機構')
  })

  it('no lump sum for a Japanese national abroad, or a foreign resident moving within Japan', () => {
    absent(
      run(
        'events=move-out&date=2027-03-26&to=abroad&nationality=japan&insurance=employee&ages=29&dog=no&moped=no&licence=no',
      ),
      ['dattai-ichijikin'],
    )
    absent(
      run(
        'events=move-out&date=2027-03-26&to=other-city&nationality=other&insurance=employee&ages=29&dog=no&moped=no&licence=no',
      ),
      ['dattai-ichijikin'],
    )
  })
})

describe('the dog: a registered microchip means the ministry site, no licence tag', () => {
  it('a new dog with chip=yes gets no 鑑札, only the chip certificate for the online owner change', () => {
    const r = run('events=pet&date=2027-05-10&chip=yes')
    expect(proc(r, 'inu')).toMatchObject({ applies: 'yes', online: 'https://reg.dog-chip.env.go.jp/' })
    expect(proc(r, 'inu').due).toMatchObject({ date: '2027-06-09' })
    documentsAbsent(r, ['kansatsu'])
    expect(doc(r, 'chip-toroku-shomeisho').needed).toBe('yes')
  })

  it('a new dog without a chip is not asked for an old tag either, but brings the vet certificate for the shot tag', () => {
    const r = run('events=pet&date=2027-05-10&chip=no')
    documentsAbsent(r, ['kansatsu', 'chip-toroku-shomeisho'])
    expect(doc(r, 'chusha-zumisho')).toMatchObject({ needed: 'yes', submit: ['kyokenbyo'] })
  })

  it('moving in with a chipped dog: no old tag; without a chip: the old tag', () => {
    const chipped = run(
      'events=move-in&date=2027-01-15&from=other-city&nationality=japan&card=no&ages=30&insurance=employee&licence=no&dog=yes&chip=yes&moped=no',
    )
    documentsAbsent(chipped, ['kansatsu', 'chip-toroku-shomeisho'])
    const unchipped = run(
      'events=move-in&date=2027-01-15&from=other-city&nationality=japan&card=no&ages=30&insurance=employee&licence=no&dog=yes&chip=no&moped=no',
    )
    expect(doc(unchipped, 'kansatsu').needed).toBe('yes')
  })

  it('says what an unregistered dog costs: a fine of up to ¥200,000', () => {
    expect(trigger('inu', 'pet').due.consequence).toMatchObject({ kind: 'fine', law: '狂犬病予防法 第27条' })
  })
})

describe('the residence renewal and the My Number Card', () => {
  it('explains the 2-month special extension while the renewal is pending, and that a lapsed card cannot be extended', () => {
    const r = run('events=residence-renewal&date=2027-06-01&nationality=other')
    expect(proc(r, 'mynumber-validity').applies).toBe('yes')
    const p = procedure('mynumber-validity')
    expect(p.summary.ja).toContain('特例期間延長')
    expect(p.summary.en).toContain('2 months')
    expect(p.triggers[0]?.due.consequence?.kind).toBe('right-lost')
  })

  it('the card lapses 90 days after a move-in without the continued-use step', () => {
    expect(trigger('mynumber-address', 'move-in').due.consequence).toMatchObject({
      kind: 'right-lost',
      law: '番号法施行令 第14条',
    })
  })
})

describe('every dated deadline in the catalog says what missing it costs', () => {
  // Catalog-wide, the death procedures included: 国保 joining and leaving lacked it for every event but a death.
  const missing = catalog.procedures.flatMap((p) =>
    p.triggers
      .filter((t) => ['days', 'months', 'before'].includes(t.due.kind) && !t.due.consequence)
      .map((t) => `${p.id}/${t.event}`),
  )

  it('has a consequence, with the law where it is a fine', () => {
    expect(missing).toEqual([])
    for (const p of catalog.procedures) {
      for (const t of p.triggers)
        if (t.due.consequence?.kind === 'fine') expect(t.due.consequence.law, `${p.id}/${t.event}`).toBeTruthy()
    }
  })

  it('a late 国保 join backdates the premiums and leaves the bill to the resident; a late leave keeps the bills coming', () => {
    expect(trigger('kokuho-join', 'move-in').due.consequence).toMatchObject({
      kind: 'coverage-gap',
      law: '国民健康保険法 第7条',
    })
    expect(trigger('kokuho-join', 'birth').due.consequence?.text.ja).toContain('医療費をいったん全額払う')
    expect(trigger('kokuho-leave', 'job-start').due.consequence).toMatchObject({
      kind: 'none',
      law: '国民健康保険法 第8条',
    })
    expect(trigger('kokuho-leave', 'marriage').due.consequence?.text.ja).toContain('請求が続きます')
  })
})
