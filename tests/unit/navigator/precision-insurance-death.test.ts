// Insurance, pension and death procedures are earned by the answers: a death is about the deceased
// (not the person reporting it), the spouse questions decide Category 3, the pension category
// decides a 種別変更, and an unknown answer gives "maybe", never silence. Deadlines are counted by
// hand from the law (初日不算入 unless the law counts the first day) and moved past the ward's
// closed days (土日・祝日・12/29–1/3). Only this area's procedures are asserted, never totals.
import { describe, expect, it } from 'vitest'

import { type NaviResult } from '../../../src/navigator/navigate'
import { absent, doc, proc, run } from '../../helpers/navi'

function applies(r: NaviResult, expected: Record<string, 'yes' | 'maybe'>) {
  for (const [id, value] of Object.entries(expected)) expect(proc(r, id).applies, id).toBe(value)
}

/** None of the ids is listed; each must exist, so a typo can never make the check pass. */

const due = (r: NaviResult, id: string) => proc(r, id).due

describe('death: an 84-year-old parent on 後期高齢者医療 who received a pension (reported by a child on employer insurance)', () => {
  // 2026-12-01 is a Tuesday. The reporting child's own insurance is never asked for a death.
  const r = run('events=death&date=2026-12-01&deceasedAge=84&deceasedInsurance=koki&deceasedPension=yes')

  it("lists what the deceased's age, insurance and pension bring, all as sure", () => {
    applies(r, {
      sosaihi: 'yes',
      'koki-korei': 'yes',
      'kaigo-soshitsu': 'yes',
      'nenkin-shibou': 'yes',
      'kogaku-ryoyohi': 'yes',
      'nenkin-izoku': 'yes',
    })
  })

  it('leaves out 国保 (the deceased was not in it) and keeps 世帯主変更 open until the household is known', () => {
    absent(r, ['kokuho-leave'])
    applies(r, { setainushi: 'maybe' })
    expect(proc(r, 'setainushi').ask).toEqual(['deceasedHead'])
  })

  it('counts each deadline from the death', () => {
    // 年金受給者死亡届: the earlier of 10 (厚生年金) and 14 (国民年金) days, first day not counted: 12/11 (Fri)
    expect(due(r, 'nenkin-shibou')).toMatchObject({ date: '2026-12-11', movedForClosedDays: false })
    // 後期高齢者医療・介護保険の喪失: 14 days → 12/15 (Tue)
    expect(due(r, 'koki-korei')).toMatchObject({ date: '2026-12-15', movedForClosedDays: false })
    expect(due(r, 'kaigo-soshitsu')).toMatchObject({ date: '2026-12-15', movedForClosedDays: false })
    // 葬祭費 and 高額療養費: 2 years (時効) → 2028-12-01 (Fri)
    expect(due(r, 'sosaihi')).toMatchObject({ date: '2028-12-01', movedForClosedDays: false })
    expect(due(r, 'kogaku-ryoyohi')).toMatchObject({ date: '2028-12-01', movedForClosedDays: false })
  })

  it('sends the pension report to the pension office, not the ward', () => {
    expect(proc(r, 'nenkin-shibou').offices).toEqual(['kita-nenkin'])
    expect(proc(r, 'nenkin-shibou').obligation).toBe('required')
    expect(proc(r, 'sosaihi').obligation).toBe('benefit')
  })

  it("asks for the deceased's cards and pension certificate, not a 国保 card", () => {
    expect(doc(r, 'koki-shikaku').needed).toBe('yes')
    expect(doc(r, 'kaigo-hokensho').needed).toBe('yes')
    expect(doc(r, 'nenkin-shosho').needed).toBe('yes')
    expect(r.documents.map((d) => d.id)).not.toContain('kokuho-shikaku')
  })
})

describe('death: what is not known about the deceased stays "maybe", never silent', () => {
  it('with nothing answered about the deceased, every follow-up is "maybe"', () => {
    const r = run('events=death&date=2026-12-01')
    applies(r, {
      sosaihi: 'maybe',
      'koki-korei': 'maybe',
      'kaigo-soshitsu': 'maybe',
      'nenkin-shibou': 'maybe',
      'kokuho-leave': 'maybe',
      'kogaku-ryoyohi': 'maybe',
    })
    applies(r, { shibou: 'yes', 'maiso-kyoka': 'yes' })
  })

  it('with the age unknown, 介護保険 waits for it while the insurance answers settle the rest', () => {
    const r = run('events=death&date=2026-12-01&deceasedAge=unknown&deceasedInsurance=koki&deceasedPension=yes')
    applies(r, { 'kaigo-soshitsu': 'maybe', 'koki-korei': 'yes', sosaihi: 'yes', 'nenkin-shibou': 'yes' })
    expect(proc(r, 'kaigo-soshitsu').ask).toEqual(['deceasedAge'])
  })
})

describe('death: a 52-year-old on employer insurance who received no pension', () => {
  const r = run(
    'events=death&date=2027-04-28&deceasedAge=52&deceasedInsurance=employee&deceasedPension=no&deceasedHead=no&children=none',
  )

  it('brings no ward insurance or pension-stop procedure', () => {
    absent(r, [
      'sosaihi',
      'kogaku-ryoyohi',
      'koki-korei',
      'kaigo-soshitsu',
      'kokuho-leave',
      'nenkin-shibou',
      'setainushi',
      'jido-teate-misiharai',
    ])
  })

  it("still points the family to survivors' benefits (the deceased was of contributing age)", () => {
    applies(r, { 'nenkin-izoku': 'yes' })
    expect(proc(r, 'nenkin-izoku').obligation).toBe('benefit')
  })
})

describe('death: a 国保 head of household leaving two or more people', () => {
  // 2027-04-28 is a Wednesday; 14 days → 5/12 (Wed)
  const r = run(
    'events=death&date=2027-04-28&deceasedAge=70&deceasedInsurance=kokuho&deceasedPension=yes&deceasedHead=several&children=45',
  )

  it('lists the 国保 exit, the funeral grant and the change of household head', () => {
    applies(r, { 'kokuho-leave': 'yes', sosaihi: 'yes', setainushi: 'yes', 'kaigo-soshitsu': 'yes' })
    absent(r, ['koki-korei', 'jido-teate-misiharai'])
    expect(due(r, 'setainushi')).toMatchObject({ date: '2027-05-12', movedForClosedDays: false })
    expect(due(r, 'kokuho-leave')).toMatchObject({ date: '2027-05-12', movedForClosedDays: false })
    expect(proc(r, 'setainushi').offices.sort()).toEqual(['akabane', 'oji', 'takinogawa'])
  })

  it('asks for a 委任状 only once an agent is said to go', () => {
    expect(doc(r, 'ininjo').needed).toBe('maybe')
    const agent = run(
      'events=death&date=2027-04-28&deceasedAge=70&deceasedInsurance=kokuho&deceasedPension=yes&deceasedHead=several&children=45&proxy=agent',
    )
    expect(doc(agent, 'ininjo').needed).toBe('yes')
    const self = run(
      'events=death&date=2027-04-28&deceasedAge=70&deceasedInsurance=kokuho&deceasedPension=yes&deceasedHead=several&children=45&proxy=self',
    )
    expect(self.documents.map((d) => d.id)).not.toContain('ininjo')
  })

  it('needs no change of head when only one person remains', () => {
    absent(run('events=death&date=2027-04-28&deceasedAge=70&deceasedInsurance=kokuho&deceasedHead=one'), ['setainushi'])
  })
})

describe('job-start: Category 3 only for a supported spouse', () => {
  it('a single 23-year-old starting a job gets no 第3号 and no 国保 exit', () => {
    const r = run('events=job-start&date=2027-04-01&spouse=no&insurance=employee')
    absent(r, ['nenkin-3go', 'kokuho-leave'])
  })

  it('a supported spouse is registered through the employer within 5 days', () => {
    // 2027-04-01 (Thu) + 5 days → 4/6 (Tue); 国保 exit 14 days → 4/15 (Thu)
    const r = run('events=job-start&date=2027-04-01&spouse=yes&spouseDependent=yes&insurance=kokuho')
    applies(r, { 'nenkin-3go': 'yes', 'kokuho-leave': 'yes' })
    expect(due(r, 'nenkin-3go')).toMatchObject({ date: '2027-04-06', movedForClosedDays: false })
    expect(due(r, 'kokuho-leave')).toMatchObject({ date: '2027-04-15', movedForClosedDays: false })
    expect(proc(r, 'nenkin-3go').offices).toEqual([])
    expect(doc(r, 'dai3go-todoke').needed).toBe('yes')
  })

  it('is "maybe" while it is unknown whether the spouse is supported', () => {
    const r = run('events=job-start&date=2027-04-01&spouse=yes&insurance=employee')
    applies(r, { 'nenkin-3go': 'maybe' })
    expect(proc(r, 'nenkin-3go').ask).toEqual(['spouseDependent'])
    absent(run('events=job-start&date=2027-04-01&spouse=yes&spouseDependent=no&insurance=employee'), ['nenkin-3go'])
  })
})

describe('job-leave: 国保, 国民年金 and the 任意継続 alternative', () => {
  it('with a supported spouse, both must join 国保 and switch to Category 1', () => {
    // The day the employer insurance ended (2027-04-01, Thu) is day 1 of 14 → 4/14 (Wed)
    const r = run('events=job-leave&date=2027-04-01&spouse=yes&spouseDependent=yes')
    applies(r, { 'kokuho-join': 'yes', nenkin: 'yes' })
    expect(due(r, 'kokuho-join')).toMatchObject({ date: '2027-04-14', movedForClosedDays: false })
    expect(due(r, 'nenkin')).toMatchObject({ date: '2027-04-14', movedForClosedDays: false })
  })

  it('offers 任意継続 as a free choice within 20 days of losing the insurance', () => {
    // Last day at work 3/31 → insurance ends 4/1 = day 1 of 20 → 4/20 (Tue), as 協会けんぽ counts
    const r = run('events=job-leave&date=2027-04-01&insurance=employee&pension=2&spouse=no')
    applies(r, { 'nin-i-keizoku': 'yes', 'kokuho-join': 'yes', nenkin: 'yes' })
    const keizoku = proc(r, 'nin-i-keizoku')
    expect(keizoku.obligation).toBe('optional')
    expect(keizoku.offices).toEqual([])
    expect(keizoku.due).toMatchObject({ date: '2027-04-20', movedForClosedDays: false })
    // A free choice's form is never 必要: only the resident's choice makes it so.
    expect(doc(r, 'nini-keizoku-moshidesho').needed).toBe('maybe')
    expect(doc(r, 'shikaku-soshitsu').needed).toBe('yes')
  })

  it('moves a deadline that ends on a weekend to the next open day', () => {
    // Insurance ended 2027-09-18 (Sat): 14 days counting it → 10/1 (Fri); 20 days → 10/7 (Thu)
    const r = run('events=job-leave&date=2027-09-18&insurance=none&pension=2&spouse=no')
    expect(due(r, 'kokuho-join')).toMatchObject({ date: '2027-10-01', movedForClosedDays: false })
    expect(due(r, 'nin-i-keizoku')).toMatchObject({ date: '2027-10-07', movedForClosedDays: false })
  })

  it('leaves 国保 and 任意継続 out for someone already in 国保, and the pension switch for a Category 1 member', () => {
    const r = run('events=job-leave&date=2027-04-01&insurance=kokuho&pension=1&spouse=no')
    absent(r, ['kokuho-join', 'nin-i-keizoku', 'nenkin', 'nenkin-3go', 'kokuho-leave'])
  })
})

describe('divorce: a dependent spouse loses the employer insurance and Category 3', () => {
  it('joins 国保 and switches to Category 1 within 14 days', () => {
    // 2027-05-10 (Mon) + 14 → 5/24 (Mon)
    const r = run('events=divorce&date=2027-05-10&pension=3&insurance=employee&namechange=no')
    applies(r, { 'kokuho-join': 'yes', nenkin: 'yes' })
    expect(due(r, 'kokuho-join')).toMatchObject({ date: '2027-05-24', movedForClosedDays: false })
    expect(due(r, 'nenkin')).toMatchObject({ date: '2027-05-24', movedForClosedDays: false })
  })

  it('brings neither to someone with their own employer insurance', () => {
    absent(run('events=divorce&date=2027-05-10&pension=2&insurance=employee&namechange=no'), [
      'kokuho-join',
      'nenkin',
      'kokuho-shimei',
    ])
  })

  it('changes the 国保 name only for a 国保 member whose surname changes', () => {
    applies(run('events=divorce&date=2027-05-10&pension=1&insurance=kokuho&namechange=yes'), { 'kokuho-shimei': 'yes' })
    absent(run('events=divorce&date=2027-05-10&pension=2&insurance=employee&namechange=yes'), ['kokuho-shimei'])
  })
})

describe("marriage: becoming a dependant on the spouse's employer insurance", () => {
  it("leaves 国保 and becomes Category 3 through the spouse's employer", () => {
    // 2027-02-22 (Mon): 5 days → 2/27 (Sat) → 3/1 (Mon); 14 days → 3/8 (Mon)
    const r = run('events=marriage&date=2027-02-22&dependant=yes&insurance=kokuho&pension=1&namechange=yes&card=yes')
    applies(r, { 'kokuho-leave': 'yes', 'nenkin-3go': 'yes' })
    expect(due(r, 'nenkin-3go')).toMatchObject({ date: '2027-03-01', movedForClosedDays: true })
    expect(due(r, 'kokuho-leave')).toMatchObject({ date: '2027-03-08', movedForClosedDays: false })
    // leaving 国保 replaces the name change on the 国保 card
    absent(r, ['kokuho-shimei'])
  })

  it('keeps 国保 (and changes the name on it) when not becoming a dependant', () => {
    const r = run('events=marriage&date=2027-02-22&dependant=no&insurance=kokuho&pension=1&namechange=yes&card=yes')
    applies(r, { 'kokuho-shimei': 'yes' })
    absent(r, ['kokuho-leave', 'nenkin-3go'])
  })
})

describe('move-in: age-bound insurance procedures', () => {
  it('gives a 27-year-old no 後期高齢者医療, not even as "maybe"', () => {
    absent(run('events=move-in&date=2027-01-15&from=other-city&ages=27&insurance=employee'), [
      'koki-korei',
      'kaigo-shikaku',
      'nenkin',
      'nenkin-gakusei',
      'nenkin-shuseki',
    ])
    absent(run('events=move-in&date=2027-01-15&from=other-city&ages=27&insurance=unknown'), ['koki-korei'])
  })

  it('registers a household member of 75 or over within 14 days; 介護保険 needs no separate filing', () => {
    // 2027-01-15 (Fri) + 14 → 1/29 (Fri)
    const r = run('events=move-in&date=2027-01-15&from=other-city&ages=80,78&insurance=koki&nationality=japan')
    applies(r, { 'koki-korei': 'yes', 'kaigo-shikaku': 'yes' })
    expect(due(r, 'koki-korei')).toMatchObject({ date: '2027-01-29', movedForClosedDays: false })
    expect(proc(r, 'kaigo-shikaku').obligation).toBe('recommended')
    expect(due(r, 'kaigo-shikaku').date).toBeNull()
    absent(r, ['kokuho-join'])
  })

  it('is "maybe" while the ages are unknown', () => {
    applies(run('events=move-in&date=2027-01-15&from=other-city'), { 'koki-korei': 'maybe' })
  })

  it('offers the student deferral only to a student from abroad', () => {
    const student = run(
      'events=move-in&date=2027-01-15&from=abroad&nationality=other&ages=23&student=yes&insurance=none',
    )
    applies(student, { 'nenkin-gakusei': 'yes', nenkin: 'yes', 'kokuho-join': 'yes' })
    expect(proc(student, 'nenkin-gakusei').obligation).toBe('benefit')
    // a newcomer of another nationality may have no pension book yet: only "maybe"
    expect(doc(student, 'nenkin-techo').needed).toBe('maybe')
    absent(run('events=move-in&date=2027-01-15&from=abroad&nationality=other&ages=23&student=no&insurance=none'), [
      'nenkin-gakusei',
    ])
    absent(run('events=move-in&date=2027-01-15&from=other-city&nationality=other&ages=23&insurance=none'), [
      'nenkin-gakusei',
      'nenkin',
    ])
  })

  it('asks no pension address notification after a move within Japan', () => {
    absent(run('events=move-in&date=2027-01-15&from=other-city&ages=70&insurance=kokuho'), ['nenkin-shuseki'])
    const back = run('events=move-in&date=2027-01-15&from=abroad&nationality=japan&ages=70&insurance=kokuho')
    applies(back, { 'nenkin-shuseki': 'yes' })
    expect(proc(back, 'nenkin-shuseki').obligation).toBe('recommended')
  })
})

describe('move-within: 国保 and 後期高齢者医療 by insurance', () => {
  it('changes the 国保 address only for a 国保 member', () => {
    applies(run('events=move-within&date=2027-04-19&insurance=kokuho&ages=40'), { 'kokuho-jusho': 'yes' })
    absent(run('events=move-within&date=2027-04-19&insurance=employee&ages=40'), ['kokuho-jusho', 'koki-jusho'])
  })

  it('tells a 75-year-old that the 転居届 is enough for 後期高齢者医療', () => {
    const r = run('events=move-within&date=2027-04-19&ages=80&insurance=koki')
    applies(r, { 'koki-jusho': 'yes' })
    expect(proc(r, 'koki-jusho').obligation).toBe('recommended')
    expect(due(r, 'koki-jusho').date).toBeNull()
  })
})
