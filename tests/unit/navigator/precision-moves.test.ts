// Moves and the procedures they bring, walked through the real catalog: every item listed must be
// earned by the answers. A Japanese family from another ward gets no residence card, passport or
// family register; someone back from abroad gets no moving-out certificate; a licence, a dog or a
// moped only brings its procedure when the resident has one. Deadlines are counted by hand from the
// law (初日不算入) and moved off the ward's closed days, except a company's own date.
import { describe, expect, it } from 'vitest'

import { type NaviResult } from '../../../src/navigator/navigate'
import { absent, catalog, doc, documentsAbsent, proc, run } from '../../helpers/navi'

const applies = (r: NaviResult, id: string) => proc(r, id).applies
const needed = (r: NaviResult, id: string) => doc(r, id).needed
const procedure = (id: string) => {
  const p = catalog.procedures.find((x) => x.id === id)
  if (!p) throw new Error(`"${id}" is not a catalog procedure`)
  return p
}

describe('a Japanese national back from abroad (move-in 2027-01-15, Fri)', () => {
  const r = run('events=move-in&date=2027-01-15&from=abroad&nationality=japan&ages=52&insurance=none')

  it('files the 転入届 within 14 days, not counting the moving day', () => {
    expect(applies(r, 'tennyu')).toBe('yes')
    expect(proc(r, 'tennyu').due).toMatchObject({ date: '2027-01-29', from: '2027-01-15', movedForClosedDays: false })
  })

  it('brings the family register with its 附票 and the passport, never a moving-out certificate or residence card', () => {
    expect(needed(r, 'koseki-fuhyo')).toBe('yes')
    expect(needed(r, 'passport')).toBe('yes')
    documentsAbsent(r, ['tenshutsu-shomeisho', 'zairyu-card'])
  })

  it('leaves the residence-card address and mail forwarding out: there is no old Japanese address to forward from', () => {
    absent(r, ['zairyu-card-jusho', 'yubin-tenkyo', 'ginko-keitai'])
  })

  it('keeps what depends on unanswered questions as maybe, never yes', () => {
    expect(needed(r, 'mynumber-card')).toBe('maybe')
    expect(needed(r, 'ininjo')).toBe('maybe')
    expect(applies(r, 'menkyo-jusho')).toBe('maybe')
    expect(proc(r, 'menkyo-jusho').ask).toEqual(['licence'])
    expect(applies(r, 'inu')).toBe('maybe')
    expect(applies(r, 'gentsuki')).toBe('maybe')
  })
})

describe('a Japanese family of four from another ward, on National Health Insurance, with My Number Cards (2026-12-21, Mon)', () => {
  const r = run(
    'events=move-in&date=2026-12-21&from=other-city&insurance=kokuho&ages=35,33,4,0&card=yes&nationality=japan',
  )

  it('needs the moving-out certificate and the My Number Cards', () => {
    expect(needed(r, 'tenshutsu-shomeisho')).toBe('yes')
    expect(needed(r, 'mynumber-card')).toBe('yes')
  })

  it('is never asked for a residence card, a passport or a family register', () => {
    documentsAbsent(r, ['zairyu-card', 'passport', 'koseki-fuhyo'])
  })

  it('needs a letter of authorisation only if an agent goes', () => {
    for (const use of doc(r, 'ininjo').uses) expect(use.needed, use.procedure).toBe('maybe')
    expect(needed(r, 'ininjo')).toBe('maybe')
    expect(doc(r, 'ininjo').ask).toEqual(['proxy'])
  })

  it('counts the 転入届 over the year end and the card 継続利用 90 days, past the spring equinox holidays', () => {
    // 12/21 + 14 = 1/4 (Mon, the ward reopens)
    expect(proc(r, 'tennyu').due).toMatchObject({ date: '2027-01-04', movedForClosedDays: false })
    // 12/21 + 90 = 3/21 (Sun, 春分の日) → 3/22 振替休日 → 3/23 (Tue)
    expect(proc(r, 'mynumber-address').due).toMatchObject({ date: '2027-03-23', movedForClosedDays: true })
    expect(proc(r, 'mynumber-address').applies).toBe('yes')
  })

  it('lists free choices as optional and advice as recommended, not as legal filings', () => {
    // 住民税 needs no filing at all: it is information, kept apart with the free choices.
    for (const id of [
      'inkan',
      'inkan-shomei',
      'juminhyo',
      'churinjo',
      'kotsu-hoken',
      'konbini-kofu-riyo',
      'kuminzei-jusho',
    ])
      expect(proc(r, id).obligation, id).toBe('optional')
    for (const id of ['denki-gas', 'suido', 'yubin-tenkyo', 'ginko-keitai', 'sodai-gomi'])
      expect(proc(r, id).obligation, id).toBe('recommended')
    expect(proc(r, 'tennyu').obligation).toBe('required')
  })

  it('sends no one to a counter for resident tax: there is nothing to file', () => {
    expect(proc(r, 'kuminzei-jusho').offices).toEqual([])
    expect(r.trips.flatMap((t) => t.procedures)).not.toContain('kuminzei-jusho')
  })

  it('does not offer a card application to a family that has cards', () => {
    absent(r, ['mynumber-shinsei'])
  })
})

describe('a foreign family from another city without cards, licence, dog or moped (2027-03-26, Fri)', () => {
  const r = run(
    'events=move-in&date=2027-03-26&from=other-city&nationality=other&card=no&insurance=none&ages=38,36,9,2&licence=no&dog=no&moped=no',
  )

  it('brings residence cards and the moving-out certificate to the 転入届, not a passport or family register', () => {
    expect(needed(r, 'zairyu-card')).toBe('yes')
    expect(doc(r, 'zairyu-card').for).toContain('tennyu')
    expect(needed(r, 'tenshutsu-shomeisho')).toBe('yes')
    // the passport may be asked for by National Health Insurance, but never by the 転入届 from another city
    expect(r.documents.find((d) => d.id === 'passport')?.for ?? []).not.toContain('tennyu')
    documentsAbsent(r, ['koseki-fuhyo', 'mynumber-card'])
  })

  it('reports the residence-card address within 14 days with the 転入届', () => {
    expect(proc(r, 'zairyu-card-jusho').due).toMatchObject({ date: '2027-04-09' })
  })

  it('has no card to update, only the free choice of applying for one', () => {
    absent(r, ['mynumber-address', 'mynumber-shomei-saihakko', 'konbini-kofu-riyo'])
    expect(proc(r, 'mynumber-shinsei')).toMatchObject({ applies: 'yes', obligation: 'optional' })
  })

  it('leaves out the licence, dog and moped procedures', () => {
    absent(r, ['menkyo-jusho', 'inu', 'kyokenbyo', 'gentsuki'])
  })
})

describe('a licence holder with a dog (no registered microchip) and a moped moving in from another city (2027-01-15, Fri)', () => {
  const r = run(
    'events=move-in&date=2027-01-15&from=other-city&nationality=japan&card=yes&ages=30&insurance=employee&licence=yes&dog=yes&chip=no&moped=yes',
  )

  it('updates the licence with the police 速やかに: a duty with no day count, at no ward counter', () => {
    const p = proc(r, 'menkyo-jusho')
    expect(p).toMatchObject({ applies: 'yes', obligation: 'required', offices: [] })
    expect(p.due.date).toBeNull()
    expect(procedure('menkyo-jusho').scope).toBe('outside')
    expect(procedure('menkyo-jusho').handledBy?.ja).toContain('警察署')
  })

  it('reports the dog within 30 days (1/15 + 30 = 2/14, a Sunday → 2/15) with the old licence tag', () => {
    expect(proc(r, 'inu').due).toMatchObject({ date: '2027-02-15', movedForClosedDays: true })
    expect(needed(r, 'kansatsu')).toBe('yes')
  })

  it('keeps the yearly rabies shot in view without inventing a moving deadline or a vet certificate', () => {
    expect(proc(r, 'kyokenbyo')).toMatchObject({ applies: 'yes', offices: ['hokenjo'] })
    expect(proc(r, 'kyokenbyo').due.date).toBeNull()
    documentsAbsent(r, ['chusha-zumisho'])
  })

  it('registers the moped at the tax counter with the old plate or the deregistration receipt', () => {
    expect(proc(r, 'gentsuki')).toMatchObject({
      applies: 'yes',
      counters: [{ office: 'honcho', counter: 'honcho-zeimu' }],
    })
    expect(needed(r, 'gentsuki-plate')).toBe('yes')
  })
})

describe('a company date stays put on a closed day, a ward deadline moves (move-in 2027-01-17, Sun)', () => {
  const r = run('events=move-in&date=2027-01-17&from=other-city&nationality=japan&card=no&ages=30&insurance=employee')

  it('keeps the electricity, water and mail dates on the Sunday itself', () => {
    for (const id of ['denki-gas', 'suido', 'yubin-tenkyo'])
      expect(proc(r, id).due, id).toMatchObject({ date: '2027-01-17', movedForClosedDays: false })
  })

  it('moves the ward deadline: 転入届 1/17 + 14 = 1/31 is a Sunday → 2/1 (Mon)', () => {
    expect(proc(r, 'tennyu').due).toMatchObject({ date: '2027-02-01', movedForClosedDays: true })
  })
})

describe('moving abroad with a moped (move-out 2027-03-28, Sun)', () => {
  const r = run(
    'events=move-out&date=2027-03-28&to=abroad&nationality=japan&ages=40&insurance=kokuho&moped=yes&licence=no&dog=no',
  )

  it('files the 転出届 before the move, from about two weeks ahead; the last open day before a Sunday is the Friday', () => {
    expect(proc(r, 'tenshutsu').due).toMatchObject({ date: '2027-03-26', from: '2027-03-14', movedForClosedDays: true })
  })

  it('points at the one-stop service page, not a front page', () => {
    expect(proc(r, 'tenshutsu').online).toBe('https://www.digital.go.jp/policies/moving_onestop_service')
  })

  it('hands back the Kita plate, and has no mail forwarding, licence or dog step', () => {
    expect(applies(r, 'gentsuki-haisha')).toBe('yes')
    absent(r, ['yubin-tenkyo', 'menkyo-jusho', 'inu', 'gentsuki'])
  })

  it('asks for a letter of authorisation only if an agent goes', () => {
    expect(needed(r, 'ininjo')).toBe('maybe')
  })
})

describe('marriage with a change of surname, a card and a licence (2027-02-01, Mon)', () => {
  const r = run(
    'events=marriage&date=2027-02-01&card=yes&licence=yes&namechange=yes&insurance=employee&pension=2&dependant=no',
  )

  it('changes the name on the card within 14 days (番号法17条)', () => {
    expect(proc(r, 'mynumber-name').due).toMatchObject({ date: '2027-02-15', movedForClosedDays: false })
  })

  it('reports the new name to the police 速やかに', () => {
    expect(applies(r, 'menkyo-jusho')).toBe('yes')
    expect(proc(r, 'menkyo-jusho').due.date).toBeNull()
  })

  it('treats the seal as a free re-registration with no deadline', () => {
    expect(proc(r, 'inkan-shimei')).toMatchObject({ applies: 'yes', obligation: 'recommended' })
  })
})

describe('marriage without a change of surname and without a licence', () => {
  const r = run(
    'events=marriage&date=2027-02-01&card=yes&licence=no&namechange=no&insurance=employee&pension=2&dependant=no',
  )

  it('brings no card name change, licence or seal step', () => {
    absent(r, ['mynumber-name', 'menkyo-jusho', 'inkan-shimei', 'mynumber-shomei-saihakko'])
  })
})

describe('a new dog (2027-05-10, Mon)', () => {
  const r = run('events=pet&date=2027-05-10')

  it('registers it and gets its first shot within 30 days', () => {
    expect(proc(r, 'inu').due).toMatchObject({ date: '2027-06-09' })
    expect(proc(r, 'kyokenbyo').due).toMatchObject({ date: '2027-06-09' })
  })
})

describe('catalog text for the certificate and outside procedures', () => {
  it('gives the national standard fees for family register certificates', () => {
    const fees = procedure('koseki-shomei').fees?.ja ?? ''
    expect(fees).toContain('450円')
    expect(fees).toContain('750円')
  })

  it('shows no 婚姻届-only warning on the certificate card a death also brings', () => {
    for (const w of procedure('koseki-shomei').warnings ?? []) expect(w.ja).not.toContain('婚姻届を出すとき')
  })

  it('tells residents plainly that resident tax needs no filing', () => {
    expect(procedure('kuminzei-jusho').summary.ja.startsWith('住民税のための届出はいりません')).toBe(true)
  })

  it('does not let utilities or banks claim they need a ward counter', () => {
    for (const id of ['denki-gas', 'suido', 'yubin-tenkyo', 'ginko-keitai']) {
      const p = procedure(id)
      expect(p.scope, id).toBe('outside')
      expect(p.offices, id).toEqual([])
      for (const t of p.triggers) expect(t.due.keepOnClosedDays, `${id} ${t.event}`).toBe(true)
    }
  })

  it("cites pages, never a front page or Kita's old domain, in these procedures", () => {
    const ids = [
      'tennyu',
      'tenkyo',
      'tenshutsu',
      'mynumber-address',
      'mynumber-name',
      'mynumber-shinsei',
      'mynumber-shomei-saihakko',
      'mynumber-validity',
      'mynumber-denshi-shomei',
      'konbini-kofu-riyo',
      'zairyu-card-jusho',
      'juminhyo',
      'koseki-shomei',
      'inkan',
      'inkan-shomei',
      'inkan-shimei',
      'menkyo-jusho',
      'denki-gas',
      'suido',
      'yubin-tenkyo',
      'ginko-keitai',
      'sodai-gomi',
      'churinjo',
      'kotsu-hoken',
      'kuminzei-jusho',
      'gentsuki',
      'gentsuki-haisha',
      'inu',
      'kyokenbyo',
    ]
    for (const id of ids) {
      for (const s of procedure(id).sources) {
        const u = new URL(s.url)
        expect(u.hostname, `${id} ${s.url}`).not.toMatch(/city\.kita\.tokyo\.jp$/)
        expect(u.pathname, `${id} ${s.url}`).not.toBe('/')
      }
    }
  })
})
