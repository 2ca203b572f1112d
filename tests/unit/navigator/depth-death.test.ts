// A death, completely: besides the ward's own steps, the family finds the inheritance, tax, court,
// registry, immigration, bank and insurance steps, each earned by an answer about the deceased, each
// dated by its own law (民法143条 months from the day after the death, moved off closed days for
// government deadlines), each saying what missing it costs. The register set from birth to death is
// counted per counter that keeps it, priced, and replaced by the free 法定相続情報一覧図 at 2+ copies.
// Dates are worked out by hand: 2026-12-01 is a Tuesday.
import { describe, expect, it } from 'vitest'

import { type NaviResult } from '../../../src/navigator/navigate'
import { absent, catalog, doc, proc, run } from '../../helpers/navi'

const procedure = (id: string) => {
  const found = catalog.procedures.find((p) => p.id === id)
  if (!found) throw new Error(`no procedure "${id}" in the catalog`)
  return found
}
const documentItem = (id: string) => {
  const found = catalog.documents.find((d) => d.id === id)
  if (!found) throw new Error(`no document "${id}" in the catalog`)
  return found
}

function applies(r: NaviResult, expected: Record<string, 'yes' | 'maybe'>) {
  for (const [id, value] of Object.entries(expected)) expect(proc(r, id).applies, id).toBe(value)
}

/** None of the ids is listed; each must exist, so a typo can never make the check pass. */

const due = (r: NaviResult, id: string) => proc(r, id).due

const ESTATE =
  'events=death&date=2026-12-01&deceasedAge=80&deceasedInsurance=employee&deceasedDependants=yes&deceasedIncome=yes' +
  '&estateLarge=yes&realEstate=yes&deceasedNationality=japan&deceasedPension=yes&deceasedHead=several&children=none'

/** The procedures added for a death beyond the ward's own counters. */
const BEYOND = [
  'mynumber-hennou',
  'shibou-ichijikin',
  'kafu-nenkin',
  'souzoku-daihyo-juminzei',
  'kotei-shisanzei-souzoku',
  'jun-kakutei-shinkoku',
  'souzoku-houki',
  'gentei-shonin',
  'souzokuzei-shinkoku',
  'souzoku-toki',
  'houtei-souzoku-ichiranzu',
  'zairyu-card-hennou',
  'shibou-ginko',
  'seimei-hoken',
  'shibou-meigi-henko',
  'noukotsu',
  'maisoryo',
]

describe('death of an 80-year-old pensioner on employer insurance with a dependent spouse, an estate, a house and tax returns', () => {
  const r = run(ESTATE)

  it('lists the inheritance, tax and registry steps the answers earn', () => {
    applies(r, {
      'souzoku-houki': 'yes',
      'gentei-shonin': 'yes',
      'jun-kakutei-shinkoku': 'yes',
      'souzokuzei-shinkoku': 'yes',
      'souzoku-toki': 'yes',
      'kotei-shisanzei-souzoku': 'yes',
      'souzoku-daihyo-juminzei': 'yes',
      maisoryo: 'yes',
      'shibou-ginko': 'yes',
      'seimei-hoken': 'yes',
      'houtei-souzoku-ichiranzu': 'yes',
    })
  })

  it('brings the dependent spouse into 国保 within 14 days of the death (cover ends the day after)', () => {
    applies(r, { 'kokuho-join': 'yes' })
    expect(proc(r, 'kokuho-join').because).toBe('death')
    // 14 days not counting 12/1 → 12/15 (Tue)
    expect(due(r, 'kokuho-join')).toMatchObject({ date: '2026-12-15', movedForClosedDays: false })
    expect(doc(r, 'shikaku-soshitsu').needed).toBe('yes')
  })

  it('counts the inheritance deadlines by months from the day after the death', () => {
    // 相続放棄・限定承認: 12/2 + 3 months − 1 day = 2027-03-01 (Mon)
    expect(due(r, 'souzoku-houki')).toMatchObject({ date: '2027-03-01', movedForClosedDays: false })
    expect(due(r, 'gentei-shonin')).toMatchObject({ date: '2027-03-01', movedForClosedDays: false })
    // 準確定申告: 4 months → 2027-04-01 (Thu)
    expect(due(r, 'jun-kakutei-shinkoku')).toMatchObject({ date: '2027-04-01', movedForClosedDays: false })
    // 相続税: 10 months → 2027-10-01 (Fri)
    expect(due(r, 'souzokuzei-shinkoku')).toMatchObject({ date: '2027-10-01', movedForClosedDays: false })
    // 相続登記: 3 years → 2029-12-01 is a Saturday → Monday 12/3
    expect(due(r, 'souzoku-toki')).toMatchObject({ date: '2029-12-03', movedForClosedDays: true })
    // 固定資産税の現所有者申告: 3 months, like the renunciation
    expect(due(r, 'kotei-shisanzei-souzoku').date).toBe('2027-03-01')
  })

  it("leaves out what a Japanese pensioner's family does not need", () => {
    absent(r, ['zairyu-card-hennou', 'shibou-ichijikin', 'kafu-nenkin', 'kokuho-leave', 'sosaihi', 'koki-korei'])
  })

  it('sends each outside step to its office: family court, tax office, legal affairs bureau', () => {
    expect(proc(r, 'souzoku-houki').offices).toEqual(['tokyo-katei'])
    expect(proc(r, 'jun-kakutei-shinkoku').offices).toEqual(['oji-zeimusho'])
    expect(proc(r, 'souzokuzei-shinkoku').offices).toEqual(['oji-zeimusho'])
    expect(proc(r, 'souzoku-toki').offices).toEqual(['houmukyoku-kita'])
    expect(proc(r, 'souzoku-daihyo-juminzei').offices).toEqual(['honcho'])
    for (const id of [
      'souzoku-houki',
      'jun-kakutei-shinkoku',
      'souzokuzei-shinkoku',
      'souzoku-toki',
      'kotei-shisanzei-souzoku',
    ]) {
      expect(procedure(id).scope, id).toBe('outside')
      expect(
        catalog.offices.filter((o) => proc(r, id).offices.includes(o.id)).every((o) => o.kind === 'outside'),
        id,
      ).toBe(true)
    }
  })

  it('keeps renouncing a free choice and the filings legal duties', () => {
    expect(proc(r, 'souzoku-houki').obligation).toBe('optional')
    expect(proc(r, 'gentei-shonin').obligation).toBe('optional')
    for (const id of ['jun-kakutei-shinkoku', 'souzokuzei-shinkoku', 'souzoku-toki', 'kokuho-join'])
      expect(proc(r, id).obligation, id).toBe('required')
  })

  it('counts the birth-to-death register set once per counter that keeps it, prices it and suggests the free heir chart', () => {
    const set = doc(r, 'koseki-shusshou-shibou')
    expect(set.needed).toBe('yes')
    expect([...set.submit].sort()).toEqual(['gentei-shonin', 'shibou-ginko', 'souzoku-toki', 'souzokuzei-shinkoku'])
    // The legal affairs bureau hands the set back with the chart: shown, not kept.
    expect(set.show).toEqual(['houtei-souzoku-ichiranzu'])
    expect(set.copies).toBe(4)
    expect(set.cost).toBe(4 * 750)
    const replacement = documentItem('koseki-shusshou-shibou').replacedBy
    expect(replacement?.document).toBe('houtei-souzoku-joho')
    expect(set.copies).toBeGreaterThanOrEqual(replacement?.atCopies ?? Infinity)
    expect(replacement?.note.ja).toContain('無料')
    // 14 days by post before the first deadline that needs it (限定承認, 2027-03-01)
    expect(set.orderBy).toBe('2027-02-15')
    expect(r.warnings.filter((w) => w.document === 'koseki-shusshou-shibou')).toEqual([])
  })

  it('counts the medical certificate of death once, and its copies where they are handed in', () => {
    const original = doc(r, 'shibou-shindansho')
    expect(original.submit).toEqual(['shibou'])
    expect(original.copies).toBe(1)
    const copies = doc(r, 'shibou-jijitsu-shorui')
    expect([...copies.submit].sort()).toEqual(['maisoryo', 'nenkin-shibou', 'seimei-hoken'])
    expect(copies.copies).toBe(3)
  })

  it('hands out the cremation permit at 埋火葬許可 for the interment', () => {
    const permit = doc(r, 'kaso-kyokasho')
    expect(permit.producedBy).toBe('maiso-kyoka')
    expect(permit.for).toEqual(['noukotsu'])
  })

  it('offers the bereavement support desk', () => {
    expect(r.serviceIds).toContain('izoku-support-desk')
    expect(r.services).toContain('①2-(1) 遺族サポートデスク（おくやみコーナー）')
    expect(run('events=move-in&date=2027-01-15&from=other-city&ages=30').serviceIds).not.toContain('izoku-support-desk')
  })

  it('asks nothing the death questions do not ask', () => {
    expect(r.questions).toEqual(['proxy'])
  })
})

describe('death of a foreign national', () => {
  it('lists the residence card return, due 14 days after the death, with the card and proof of death', () => {
    const r = run('events=death&date=2026-12-01&deceasedNationality=other')
    applies(r, { 'zairyu-card-hennou': 'yes' })
    expect(proc(r, 'zairyu-card-hennou').obligation).toBe('required')
    // 14 days not counting 12/1 → 12/15 (Tue)
    expect(due(r, 'zairyu-card-hennou')).toMatchObject({ date: '2026-12-15', movedForClosedDays: false })
    expect(doc(r, 'zairyu-card')).toMatchObject({ needed: 'yes', submit: ['zairyu-card-hennou'] })
    expect(doc(r, 'shibou-jijitsu-shorui').submit).toContain('zairyu-card-hennou')
  })

  it('leaves it out for a Japanese national and keeps it open when the nationality is not known', () => {
    absent(run('events=death&date=2026-12-01&deceasedNationality=japan'), ['zairyu-card-hennou'])
    const r = run('events=death&date=2026-12-01&deceasedNationality=unknown')
    applies(r, { 'zairyu-card-hennou': 'maybe' })
    expect(proc(r, 'zairyu-card-hennou').ask).toEqual(['deceasedNationality'])
  })
})

describe('what the estate, the house and the tax returns decide', () => {
  it('no real estate: no 相続登記 and no property-tax report', () => {
    const r = run('events=death&date=2026-12-01&realEstate=no')
    absent(r, ['souzoku-toki', 'kotei-shisanzei-souzoku'])
    expect(r.documents.map((d) => d.id)).not.toContain('kotei-hyoka')
  })

  it('a small estate and no tax returns: no 相続税 and no 準確定申告', () => {
    absent(run('events=death&date=2026-12-01&estateLarge=no&deceasedIncome=no'), [
      'souzokuzei-shinkoku',
      'jun-kakutei-shinkoku',
    ])
  })

  it('a deceased with no income, pension or salary owed no resident tax: no 相続人代表者', () => {
    absent(run('events=death&date=2026-12-01&deceasedIncome=no&deceasedPension=no&deceasedInsurance=kokuho'), [
      'souzoku-daihyo-juminzei',
    ])
  })

  it('fewer counters keep the register set when nothing is registered or declared', () => {
    const r = run('events=death&date=2026-12-01&realEstate=no&estateLarge=no')
    const set = doc(r, 'koseki-shusshou-shibou')
    expect([...set.submit].sort()).toEqual(['gentei-shonin', 'shibou-ginko'])
    expect(set.copies).toBe(2)
    expect(set.cost).toBe(1500)
  })
})

describe('unknown answers give "maybe", never silence', () => {
  const r = run('events=death&date=2026-12-01')

  it('every answer-dependent step is listed as maybe, with the question that settles it', () => {
    applies(r, {
      'jun-kakutei-shinkoku': 'maybe',
      'souzokuzei-shinkoku': 'maybe',
      'souzoku-toki': 'maybe',
      'kotei-shisanzei-souzoku': 'maybe',
      'zairyu-card-hennou': 'maybe',
      'kokuho-join': 'maybe',
      maisoryo: 'maybe',
      'shibou-ichijikin': 'maybe',
      'kafu-nenkin': 'maybe',
      'souzoku-daihyo-juminzei': 'maybe',
    })
    expect(proc(r, 'jun-kakutei-shinkoku').ask).toEqual(['deceasedIncome'])
    expect(proc(r, 'souzokuzei-shinkoku').ask).toEqual(['estateLarge'])
    expect(proc(r, 'souzoku-toki').ask).toEqual(['realEstate'])
    expect(proc(r, 'kokuho-join').ask).toEqual(['deceasedInsurance', 'deceasedDependants'])
  })

  it('the unconditional steps are sure', () => {
    applies(r, {
      'souzoku-houki': 'yes',
      'shibou-ginko': 'yes',
      'seimei-hoken': 'yes',
      'mynumber-hennou': 'yes',
      noukotsu: 'yes',
    })
  })

  it('dates the maybes too (they count from the death)', () => {
    expect(due(r, 'jun-kakutei-shinkoku').date).toBe('2027-04-01')
    expect(due(r, 'souzokuzei-shinkoku').date).toBe('2027-10-01')
  })

  it('asks only questions the death flow asks', () => {
    const deathQuestions = new Set(
      catalog.questions.filter((q) => q.later || (q.askedFor ?? []).includes('death')).map((q) => q.id),
    )
    for (const q of r.questions) expect(deathQuestions.has(q.startsWith('date.') ? 'date' : q), q).toBe(true)
  })
})

describe("the deceased's insurance and pension decide the funeral and pension claims", () => {
  it("a 国保 member never draws the employer plan's 埋葬料, and 国保 dependants join nothing", () => {
    const r = run('events=death&date=2026-12-01&deceasedInsurance=kokuho')
    absent(r, ['maisoryo', 'kokuho-join'])
    applies(r, { sosaihi: 'yes' })
  })

  it('an employee without dependants: 埋葬料 from the employer plan, no 国保 to join', () => {
    const r = run('events=death&date=2026-12-01&deceasedInsurance=employee&deceasedDependants=no')
    applies(r, { maisoryo: 'yes' })
    absent(r, ['kokuho-join', 'sosaihi'])
    // 2 years (時効) → 2028-12-01 (Fri)
    expect(due(r, 'maisoryo').date).toBe('2028-12-01')
  })

  it('a 50-year-old 国保 member who drew no pension: 死亡一時金 (2 years) and 寡婦年金 (5 years) to check', () => {
    const r = run('events=death&date=2026-12-01&deceasedAge=50&deceasedInsurance=kokuho&deceasedPension=no')
    applies(r, { 'shibou-ichijikin': 'yes', 'kafu-nenkin': 'yes' })
    expect(proc(r, 'shibou-ichijikin').offices.sort()).toEqual(['honcho', 'kita-nenkin'])
    expect(due(r, 'shibou-ichijikin').date).toBe('2028-12-01')
    // 5 years → 2031-12-01 (Mon)
    expect(due(r, 'kafu-nenkin').date).toBe('2031-12-01')
  })

  it("a pensioner's family gets neither, and nor does a 20-year-old's", () => {
    absent(run('events=death&date=2026-12-01&deceasedAge=70&deceasedInsurance=kokuho&deceasedPension=yes'), [
      'shibou-ichijikin',
      'kafu-nenkin',
    ])
    absent(run('events=death&date=2026-12-01&deceasedAge=20&deceasedInsurance=kokuho&deceasedPension=no'), [
      'shibou-ichijikin',
      'kafu-nenkin',
    ])
  })
})

describe('every dated death deadline says what missing it costs', () => {
  const mine = [
    'shibou',
    'maiso-kyoka',
    'setainushi',
    'sosaihi',
    'kogaku-ryoyohi',
    'koki-korei',
    'kaigo-soshitsu',
    'kokuho-leave',
    'kokuho-join',
    'nenkin-shibou',
    ...BEYOND,
  ]

  it('has a consequence on each dated death trigger', () => {
    for (const id of mine) {
      for (const t of procedure(id).triggers.filter(
        (x) => x.event === 'death' && ['days', 'months'].includes(x.due.kind),
      )) {
        expect(t.due.consequence, id).toBeDefined()
      }
    }
  })

  it('names the law and the consequence that matter most', () => {
    const death = (id: string) => procedure(id).triggers.find((t) => t.event === 'death')?.due
    expect(death('shibou')?.consequence).toMatchObject({ kind: 'fine', law: '戸籍法 第137条' })
    expect(death('souzoku-houki')?.consequence).toMatchObject({ kind: 'right-lost', law: '民法 第921条' })
    expect(death('souzoku-houki')?.consequence?.text.ja).toContain('単純承認')
    expect(death('souzoku-toki')?.consequence).toMatchObject({ kind: 'fine', law: '不動産登記法 第164条第1項' })
    expect(death('souzoku-toki')?.consequence?.text.ja).toContain('10万円')
    expect(death('souzokuzei-shinkoku')?.consequence?.text.ja).toContain('無申告加算税')
    expect(death('sosaihi')?.consequence?.kind).toBe('right-lost')
    expect(death('zairyu-card-hennou')?.consequence?.kind).toBe('fine')
  })

  it('keeps company dates (banks, utilities) off the ward calendar', () => {
    for (const id of ['shibou-ginko', 'shibou-meigi-henko']) {
      expect(procedure(id).scope, id).toBe('outside')
      expect(procedure(id).offices, id).toEqual([])
      for (const t of procedure(id).triggers) expect(t.due.keepOnClosedDays, id).toBe(true)
    }
  })
})
