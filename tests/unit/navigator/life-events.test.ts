// One realistic household per life event, walked through the real catalog as a resident would:
// what is listed (and what is not), where to go, and by when. Deadlines are counted by hand from
// the law (初日不算入 unless the law counts the first day) and moved past the ward's closed days
// (土日・祝日・12/29–1/3). Only procedures that exist in the catalog are named; totals are never asserted.
import { describe, expect, it } from 'vitest'

import { type NaviResult } from '../../../src/navigator/navigate'
import { absent, proc, run } from '../../helpers/navi'

/** Parses the answers string exactly as the app and the `navi` command do, then navigates. */

/** Every id is listed, and says "yes". */
function listedYes(r: NaviResult, ids: string[]) {
  for (const id of ids) expect(proc(r, id).applies, id).toBe('yes')
}

/** None of the ids is listed. Each must exist in the catalog, so the check can never pass by a typo. */

const due = (r: NaviResult, id: string) => proc(r, id).due
const offices = (r: NaviResult, id: string) => [...proc(r, id).offices].sort()
const KUMIN = ['akabane', 'oji', 'takinogawa']

describe('move-in: a foreign family of four from another city, no employer insurance (2027-03-26, Fri)', () => {
  const r = run(
    'events=move-in&date=2027-03-26&from=other-city&nationality=other&card=yes&insurance=none&ages=38,36,9,2&licence=no&dog=no&moped=no',
  )

  it('lists the moving, insurance, child and school procedures', () => {
    listedYes(r, [
      'tennyu',
      'zairyu-card-jusho',
      'kokuho-join',
      'kokuho-hokenryo',
      'jido-teate',
      'kodomo-iryo',
      'tennyugaku',
      'tenko',
      'shugaku-enjo',
      'nyuyoji-kenshin',
      'yobo-sesshu',
      'mynumber-address',
    ])
  })

  it('leaves out what does not concern them', () => {
    // from another city (no pension step), no dog, no moped, nobody 75+, no birth
    absent(r, ['nenkin', 'inu', 'kyokenbyo', 'gentsuki', 'koki-korei', 'shussei', 'tenshutsu', 'tenkyo'])
  })

  it('sends the 転入届 and the residence-card address to the three 区民事務所, never the main building', () => {
    expect(offices(r, 'tennyu')).toEqual(KUMIN)
    expect(offices(r, 'zairyu-card-jusho')).toEqual(KUMIN)
    expect(offices(r, 'jido-teate')).toEqual(['honcho'])
  })

  it('counts the deadlines from the moving day', () => {
    // 14 days, first day not counted: 3/26 + 14 = 4/9 (Fri)
    expect(due(r, 'tennyu')).toMatchObject({ date: '2027-04-09', movedForClosedDays: false })
    expect(due(r, 'zairyu-card-jusho')).toMatchObject({ date: '2027-04-09', movedForClosedDays: false })
    expect(due(r, 'kokuho-join')).toMatchObject({ date: '2027-04-09', movedForClosedDays: false })
    // 児童手当 15 days from the next day: 4/10 is a Saturday → Monday 4/12
    expect(due(r, 'jido-teate')).toMatchObject({ date: '2027-04-12', movedForClosedDays: true })
    // 医療証 3 months: 6/26 is a Saturday → Monday 6/28
    expect(due(r, 'kodomo-iryo')).toMatchObject({ date: '2027-06-28', movedForClosedDays: true })
    // the old school's papers come before the move: the moving day itself is a Friday
    expect(due(r, 'tenko')).toMatchObject({ date: '2027-03-26', movedForClosedDays: false })
  })

  it('offers the plan services a new kokuho household and a school child need', () => {
    expect(r.serviceIds).toEqual(
      expect.arrayContaining(['el-qr', 'net-koza-furikae', 'shugaku-enjo-online', 'konbini-kofu']),
    )
    // Only who goes to the counter is left open: it decides the 委任状, and is asked from the result.
    expect(r.questions).toEqual(['proxy'])
  })
})

describe('move-within: a foreign parent and a 12-year-old with a dog (2027-04-19, Mon)', () => {
  const r = run(
    'events=move-within&date=2027-04-19&nationality=other&card=yes&insurance=employee&ages=40,12&dog=yes&moped=no',
  )

  it('lists the 転居届, the residence card, the dog and the school steps', () => {
    listedYes(r, ['tenkyo', 'zairyu-card-jusho', 'mynumber-address', 'inu', 'kyokenbyo', 'tennyugaku', 'shugaku-enjo'])
    absent(r, ['tennyu', 'tenshutsu', 'kokuho-join', 'kokuho-hokenryo', 'gentsuki', 'tenko'])
  })

  it('moves the 14-day deadline past ゴールデンウィーク (5/3–5/5) to 5/6', () => {
    expect(due(r, 'tenkyo')).toMatchObject({ date: '2027-05-06', movedForClosedDays: true })
    expect(due(r, 'zairyu-card-jusho')).toMatchObject({ date: '2027-05-06', movedForClosedDays: true })
    expect(offices(r, 'tenkyo')).toEqual(KUMIN)
    expect(offices(r, 'kyokenbyo')).toEqual(['hokenjo'])
  })

  it('a Japanese national has no residence-card step, and without a dog there is no rabies shot', () => {
    const japanese = run(
      'events=move-within&date=2027-04-19&nationality=japan&card=yes&insurance=employee&ages=40,12&dog=no&moped=no',
    )
    listedYes(japanese, ['tenkyo'])
    absent(japanese, ['zairyu-card-jusho', 'kyokenbyo', 'inu'])
  })

  it('an unanswered nationality keeps the residence card as "maybe" and asks for it', () => {
    const open = run('events=move-within&date=2027-04-19')
    expect(proc(open, 'zairyu-card-jusho')).toMatchObject({ applies: 'maybe', ask: ['nationality'] })
    expect(open.questions).toContain('nationality')
  })
})

describe('move-out: a family with two school children leaving on 2027-01-02 (New Year break)', () => {
  const r = run(
    'events=move-out&date=2027-01-02&to=other-city&nationality=japan&insurance=kokuho&ages=45,43,14,10&dog=no&moped=no',
  )

  it('lists the 転出届, leaving 国保 and the school transfer', () => {
    listedYes(r, ['tenshutsu', 'kokuho-leave', 'tenko'])
    absent(r, ['tennyu', 'tenkyo', 'inu', 'gentsuki', 'zairyu-card-jusho', 'tennyugaku'])
  })

  it('files before the move: the last open day before 12/29–1/3 is Monday 12/28', () => {
    expect(due(r, 'tenshutsu')).toMatchObject({ date: '2026-12-28', movedForClosedDays: true })
    expect(due(r, 'tenko')).toMatchObject({ date: '2026-12-28', movedForClosedDays: true })
    expect(offices(r, 'tenshutsu')).toEqual(KUMIN)
  })

  it('adults only: no school transfer', () => {
    absent(
      run(
        'events=move-out&date=2027-01-02&to=other-city&nationality=japan&insurance=kokuho&ages=45,43&dog=no&moped=no',
      ),
      ['tenko'],
    )
  })
})

describe('birth: a baby born on 2026-12-20 into a 国保 household', () => {
  const r = run('events=birth&date=2026-12-20&insurance=kokuho&ages=0,31,33')

  it('lists the 出生届, the child benefits, 国保 and the health follow-ups', () => {
    listedYes(r, [
      'shussei',
      'jido-teate',
      'kodomo-iryo',
      'kokuho-join',
      'nyuyoji-kenshin',
      'yobo-sesshu',
      'shussan-oen',
    ])
    absent(r, ['tennyu', 'ninshin', 'ninpu-kenshin', 'konin'])
  })

  it('the 出生届 goes to the main building only', () => {
    expect(proc(r, 'shussei').offices).toEqual(['honcho'])
    expect(offices(r, 'nyuyoji-kenshin')).toEqual(['hokenjo'])
  })

  it('counts across the New Year closure and the 春分の日 substitute holiday', () => {
    // 14 days counting the birth day ends 1/2 (closed) → 1/4
    expect(due(r, 'shussei')).toMatchObject({ date: '2027-01-04', movedForClosedDays: true })
    // 15 days from the next day ends exactly on 1/4, an open day
    expect(due(r, 'jido-teate')).toMatchObject({ date: '2027-01-04', movedForClosedDays: false })
    // 国保 14 days not counting the birth day ends 1/3 (closed) → 1/4
    expect(due(r, 'kokuho-join')).toMatchObject({ date: '2027-01-04', movedForClosedDays: true })
    // 3 months ends 3/20 (Sat); 3/21 is 春分の日 (Sun) so 3/22 is a substitute holiday → 3/23
    expect(due(r, 'kodomo-iryo')).toMatchObject({ date: '2027-03-23', movedForClosedDays: true })
  })

  it('an employer-insured household does not join 国保', () => {
    absent(run('events=birth&date=2026-12-20&insurance=employee&ages=0,31,33'), ['kokuho-join'])
  })
})

describe('pregnancy: someone who has just learned she is pregnant', () => {
  const r = run('events=pregnancy')

  it('lists the 妊娠届 and what comes with it, all at the health centre', () => {
    listedYes(r, ['ninshin', 'ninpu-kenshin', 'shussan-oen'])
    for (const id of ['ninshin', 'ninpu-kenshin', 'shussan-oen']) expect(offices(r, id), id).toEqual(['hokenjo'])
    absent(r, ['shussei', 'nyuyoji-kenshin', 'yobo-sesshu', 'jido-teate'])
  })

  it('the 妊娠届 comes before the check-up vouchers, and no date is asked', () => {
    const order = r.procedures.map((p) => p.id)
    expect(order.indexOf('ninshin')).toBeLessThan(order.indexOf('ninpu-kenshin'))
    expect(due(r, 'ninshin').date).toBeNull()
    expect(r.questions).not.toContain('date')
  })
})

describe('marriage: a couple filing on 2027-02-22, one surname changes', () => {
  const r = run('events=marriage&date=2027-02-22&card=yes&namechange=yes')

  it('lists the 婚姻届 at the main building, with no legal deadline', () => {
    listedYes(r, ['konin'])
    expect(proc(r, 'konin').offices).toEqual(['honcho'])
    expect(due(r, 'konin')).toMatchObject({ date: null, movedForClosedDays: false })
    absent(r, ['rikon', 'jido-fuyo', 'hitorioya-iryo', 'shussei', 'tennyu'])
  })
})

describe('divorce: a parent of two divorcing by agreement on 2027-05-10', () => {
  const r = run(
    'events=divorce&date=2027-05-10&divorceKind=kyogi&children=8,5&card=no&namechange=no&keepName=no&insurance=kokuho&pension=1&licence=no',
  )

  it('lists the 離婚届, the single-parent support and the child allowance for the parent who raises the children', () => {
    listedYes(r, ['rikon', 'jido-fuyo', 'hitorioya-iryo', 'jido-teate'])
    expect(proc(r, 'jido-fuyo').ask).toEqual([])
    absent(r, ['konin', 'shibou', 'kon-shi-zokusho'])
  })

  it('the 離婚届 goes to the main building only; the allowance deadline is not invented', () => {
    expect(proc(r, 'rikon').offices).toEqual(['honcho'])
    expect(due(r, 'jido-fuyo').date).toBeNull()
    expect(due(r, 'hitorioya-iryo').date).toBeNull()
  })
})

describe('death: an 82-year-old in 後期高齢者医療, death known on 2027-04-28 (Wed)', () => {
  const r = run('events=death&date=2027-04-28&deceasedAge=82&deceasedInsurance=koki&deceasedPension=yes')

  it('lists the 死亡届 and everything that follows it', () => {
    listedYes(r, [
      'shibou',
      'maiso-kyoka',
      'koki-korei',
      'kaigo-soshitsu',
      'sosaihi',
      'kogaku-ryoyohi',
      'nenkin-shibou',
    ])
    absent(r, ['kokuho-leave', 'shussei', 'konin'])
  })

  it('the 死亡届 and the cremation permit are main-building only; the pension office is outside', () => {
    expect(proc(r, 'shibou').offices).toEqual(['honcho'])
    expect(proc(r, 'maiso-kyoka').offices).toEqual(['honcho'])
    expect(proc(r, 'nenkin-shibou').offices).toEqual(['kita-nenkin'])
  })

  it('counts 7 days with the first day through ゴールデンウィーク, 14 days and 2 years', () => {
    // 7 days counting 4/28 ends 5/4 (みどりの日), 5/5 too → 5/6
    expect(due(r, 'shibou')).toMatchObject({ date: '2027-05-06', movedForClosedDays: true })
    expect(due(r, 'maiso-kyoka')).toMatchObject({ date: '2027-05-06', movedForClosedDays: true })
    // 14 days not counting 4/28 → 5/12 (Wed)
    expect(due(r, 'kaigo-soshitsu')).toMatchObject({ date: '2027-05-12', movedForClosedDays: false })
    expect(due(r, 'koki-korei')).toMatchObject({ date: '2027-05-12', movedForClosedDays: false })
    // 2 years → 2029-04-28 (Sat), 4/29 昭和の日 (Sun), 4/30 substitute holiday → 5/1
    expect(due(r, 'sosaihi')).toMatchObject({ date: '2029-05-01', movedForClosedDays: true })
  })

  it('a 45-year-old with employer insurance has no 国保・介護・年金 follow-ups', () => {
    const younger = run('events=death&date=2027-04-28&deceasedAge=45&deceasedInsurance=employee&deceasedPension=no')
    listedYes(younger, ['shibou', 'maiso-kyoka'])
    absent(younger, ['sosaihi', 'kogaku-ryoyohi', 'kaigo-soshitsu', 'nenkin-shibou', 'kokuho-leave', 'koki-korei'])
  })
})

describe('job-start: a 国保 member with a spouse to support who joins an employer plan on 2027-07-01 (Thu)', () => {
  const r = run('events=job-start&date=2027-07-01&insurance=kokuho&spouse=yes&spouseDependent=yes')

  it('lists leaving 国保 and the spouse pension step through the employer', () => {
    listedYes(r, ['kokuho-leave', 'nenkin-3go'])
    expect(proc(r, 'nenkin-3go').offices).toEqual([])
    absent(r, ['kokuho-join', 'shitsugyo', 'kokuho-hokenryo'])
  })

  it('14 days not counting 7/1 → 7/15 (Thu), before 海の日', () => {
    expect(due(r, 'kokuho-leave')).toMatchObject({ date: '2027-07-15', movedForClosedDays: false })
    expect(proc(r, 'kokuho-leave').offices).toEqual(['honcho'])
  })
})

describe('job-leave: a single employee whose employer insurance ended on 2027-09-18 (Sat)', () => {
  const r = run('events=job-leave&date=2027-09-18&insurance=employee&pension=2&spouse=no')

  it('lists joining 国保, paying for it, the pension and Hello Work', () => {
    listedYes(r, ['kokuho-join', 'kokuho-hokenryo', 'nenkin', 'shitsugyo'])
    absent(r, ['kokuho-leave', 'nenkin-3go'])
    expect(proc(r, 'shitsugyo').offices).toEqual([])
  })

  it('14 days counting 9/18, the day the insurance ended → 10/1 (Fri)', () => {
    expect(due(r, 'kokuho-join')).toMatchObject({ date: '2027-10-01', movedForClosedDays: false })
  })

  it('someone who was on 国保 all along has nothing to join and no premium slip step', () => {
    absent(run('events=job-leave&date=2027-09-18&insurance=kokuho&pension=1&spouse=no'), [
      'kokuho-join',
      'kokuho-hokenryo',
      'nin-i-keizoku',
    ])
  })
})

describe('nursery: parents applying for a nursery place', () => {
  const r = run('events=nursery')

  it('lists the application at the nursery desk only', () => {
    listedYes(r, ['hoikuen'])
    expect(proc(r, 'hoikuen').offices).toEqual(['honcho'])
    absent(r, ['shugaku-tsuchi', 'tennyugaku', 'jido-teate'])
  })
})

describe('school: a child starting or changing school', () => {
  const r = run('events=school')

  it('lists the school notices, assistance and the private-school notice', () => {
    listedYes(r, ['tennyugaku', 'shugaku-tsuchi', 'shugaku-enjo', 'kokuritsu-shiritsu'])
    absent(r, ['hoikuen', 'tenko'])
  })

  it('points school assistance to the ward online page and the plan service', () => {
    expect(proc(r, 'shugaku-enjo').online).toMatch(/^https:\/\/www\.city\.kita\.lg\.jp\//)
    expect(r.serviceIds).toContain('shugaku-enjo-online')
    expect(offices(r, 'shugaku-tsuchi')).toEqual(['honcho'])
  })
})

describe('care: a parent who now needs nursing care', () => {
  const r = run('events=care')

  it('lists the assessment, the care plan and the あんしんセンター, with no date needed', () => {
    listedYes(r, ['kaigo-nintei', 'kaigo-service', 'anshin-center'])
    absent(r, ['kaigo-soshitsu', 'shibou'])
    expect(r.questions).not.toContain('date')
  })

  it('the assessment comes before the care plan', () => {
    const order = r.procedures.map((p) => p.id)
    expect(order.indexOf('kaigo-nintei')).toBeLessThan(order.indexOf('kaigo-service'))
    expect(offices(r, 'kaigo-service')).toEqual(['honcho'])
  })
})

describe('pet: a new dog from 2027-06-10 (Thu)', () => {
  const r = run('events=pet&date=2027-06-10')

  it('lists registration and the yearly rabies shot at the health centre', () => {
    listedYes(r, ['inu', 'kyokenbyo'])
    expect(offices(r, 'kyokenbyo')).toEqual(['hokenjo'])
    absent(r, ['tennyu', 'gentsuki'])
  })

  it('registration: 30 days → 7/10 (Sat) → Monday 7/12', () => {
    expect(due(r, 'inu')).toMatchObject({ date: '2027-07-12', movedForClosedDays: true })
  })
})

describe('residence-renewal: a foreign resident with a renewed residence card (2027-08-02)', () => {
  const r = run('events=residence-renewal&date=2027-08-02&nationality=other')

  it('lists the card validity change, then the electronic certificates, at a 区民事務所', () => {
    listedYes(r, ['mynumber-validity', 'mynumber-denshi-shomei'])
    const order = r.procedures.map((p) => p.id)
    expect(order.indexOf('mynumber-validity')).toBeLessThan(order.indexOf('mynumber-denshi-shomei'))
    expect(offices(r, 'mynumber-denshi-shomei')).toEqual(KUMIN)
    absent(r, ['tennyu', 'zairyu-card-jusho'])
  })

  it('a Japanese national has nothing to do here', () => {
    absent(run('events=residence-renewal&date=2027-08-02&nationality=japan'), [
      'mynumber-validity',
      'mynumber-denshi-shomei',
    ])
  })
})
