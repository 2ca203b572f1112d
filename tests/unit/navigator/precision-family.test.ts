// Family procedures, precisely: every item is earned by the answers. A divorce by agreement gets no
// court papers; ひとり親 benefits need children the resident raises; a foreign newborn's status of
// residence and the 国保 childbirth grant appear only for the births they concern. Deadlines are
// counted by hand from the law and moved past the ward's closed days (土日・祝日・12/29–1/3).
import { describe, expect, it } from 'vitest'

import { type NaviResult } from '../../../src/navigator/navigate'
import { catalog, doc, proc, run } from '../../helpers/navi'

const knownProcedures = new Set(catalog.procedures.map((p) => p.id))
const knownDocuments = new Set(catalog.documents.map((d) => d.id))

function applies(r: NaviResult, ids: string[], value: 'yes' | 'maybe') {
  for (const id of ids) expect(proc(r, id).applies, id).toBe(value)
}

/** None of the ids is listed; each must exist, so a typo can never make the check pass. */
function absent(r: NaviResult, ids: string[]) {
  const listed = r.procedures.map((p) => p.id)
  for (const id of ids) {
    expect(knownProcedures.has(id), `"${id}" is not a catalog procedure`).toBe(true)
    expect(listed, id).not.toContain(id)
  }
}

function docAbsent(r: NaviResult, ids: string[]) {
  const listed = r.documents.map((d) => d.id)
  for (const id of ids) {
    expect(knownDocuments.has(id), `"${id}" is not a catalog document`).toBe(true)
    expect(listed, id).not.toContain(id)
  }
}

const due = (r: NaviResult, id: string) => proc(r, id).due
const HITORIOYA = ['hitorioya-iryo', 'jido-fuyo', 'jido-ikusei-teate']
const COURT_PAPERS = ['chotei-chosho', 'shinpan-kakutei', 'wakai-chosho', 'hanketsu-kakutei']

describe('divorce by mediation, final on 2027-02-03 (Wed)', () => {
  const r = run('events=divorce&date=2027-02-03&divorceKind=chotei&card=no&namechange=no&keepName=no&children=none')

  it('dates the 離婚届 10 days counting the day it became final: 2/3 + 9 = 2/12 (Fri)', () => {
    expect(proc(r, 'rikon').applies).toBe('yes')
    expect(due(r, 'rikon')).toMatchObject({ date: '2027-02-12', movedForClosedDays: false })
    expect(proc(r, 'rikon').offices).toEqual(['honcho'])
  })

  it('asks for the mediation record only, not the other court papers', () => {
    expect(doc(r, 'chotei-chosho').needed).toBe('yes')
    docAbsent(r, ['shinpan-kakutei', 'wakai-chosho', 'hanketsu-kakutei'])
    expect(doc(r, 'rikon-todoke').needed).toBe('yes')
  })

  it('keepName=no: no 婚氏続称届', () => {
    absent(r, ['kon-shi-zokusho'])
  })
})

describe('divorce by judgment, final on 2027-04-26 (Mon)', () => {
  const r = run('events=divorce&date=2027-04-26&divorceKind=hanketsu&children=none')

  it('moves the 10th day, 5/5 (こどもの日), to Thursday 5/6', () => {
    expect(due(r, 'rikon')).toMatchObject({ date: '2027-05-06', movedForClosedDays: true })
  })

  it('asks for the judgment and its certificate of finality only', () => {
    expect(doc(r, 'hanketsu-kakutei').needed).toBe('yes')
    docAbsent(r, ['chotei-chosho', 'shinpan-kakutei', 'wakai-chosho'])
  })

  it('adjudication and settlement each bring their own paper', () => {
    const shinpan = run('events=divorce&date=2027-04-26&divorceKind=shinpan&children=none')
    expect(doc(shinpan, 'shinpan-kakutei').needed).toBe('yes')
    docAbsent(shinpan, ['chotei-chosho', 'wakai-chosho', 'hanketsu-kakutei'])
    const wakai = run('events=divorce&date=2027-04-26&divorceKind=wakai&children=none')
    expect(doc(wakai, 'wakai-chosho').needed).toBe('yes')
    docAbsent(wakai, ['chotei-chosho', 'shinpan-kakutei', 'hanketsu-kakutei'])
  })
})

describe('divorce by agreement (協議離婚) on 2027-05-10', () => {
  const r = run('events=divorce&date=2027-05-10&divorceKind=kyogi&card=no&namechange=no&keepName=no&children=none')

  it('has no deadline: it takes effect when the form is accepted', () => {
    expect(proc(r, 'rikon').applies).toBe('yes')
    expect(due(r, 'rikon')).toMatchObject({ date: null, rule: 'no legal deadline' })
  })

  it('gets no mediation record and no judgment', () => {
    docAbsent(r, COURT_PAPERS)
    expect(doc(r, 'rikon-todoke').needed).toBe('yes')
  })
})

describe('divorce whose kind is not answered yet', () => {
  const r = run('events=divorce&date=2027-05-10&children=none')

  it('still lists the 離婚届 as yes, without a date until the kind is known', () => {
    expect(proc(r, 'rikon').applies).toBe('yes')
    expect(due(r, 'rikon').date).toBeNull()
  })

  it('shows the court papers as "maybe" and asks how the divorce was made', () => {
    for (const id of COURT_PAPERS) {
      expect(doc(r, id).needed, id).toBe('maybe')
      expect(doc(r, id).ask, id).toEqual(['divorceKind'])
    }
    expect(r.questions).toContain('divorceKind')
  })
})

describe('divorce and the children the resident raises', () => {
  it('children=none: no ひとり親 benefit and no 児童手当', () => {
    const r = run('events=divorce&date=2027-05-10&divorceKind=kyogi&children=none')
    absent(r, [...HITORIOYA, 'jido-teate'])
  })

  it('a 4-year-old: the ひとり親 benefits and 児童手当 are all yes, paid from the month after applying', () => {
    const r = run('events=divorce&date=2027-05-10&divorceKind=kyogi&children=4')
    applies(r, [...HITORIOYA, 'jido-teate'], 'yes')
    for (const id of [...HITORIOYA, 'jido-teate']) {
      expect(proc(r, id).offices, id).toEqual(['honcho'])
      // no deadline: the 15-day rule of 児童手当法 8条3項 is for births and moves, not divorce
      expect(due(r, id), id).toMatchObject({ date: null, rule: 'no legal deadline' })
    }
  })

  it('a 19-year-old only is past the age: no ひとり親 benefit', () => {
    absent(run('events=divorce&date=2027-05-10&divorceKind=kyogi&children=19'), [...HITORIOYA, 'jido-teate'])
  })

  it('not answered: the benefits are "maybe" and ask about the children', () => {
    const r = run('events=divorce&date=2027-05-10&divorceKind=kyogi')
    for (const id of [...HITORIOYA, 'jido-teate']) {
      expect(proc(r, id).applies, id).toBe('maybe')
      expect(proc(r, id).ask, id).toEqual(['children'])
    }
  })
})

describe('keeping the married surname (婚氏続称)', () => {
  it('keepName=yes: the notice is listed, 3 months from the divorce (5/10 → 8/10, Tue), at the main building', () => {
    const r = run('events=divorce&date=2027-05-10&divorceKind=kyogi&namechange=no&keepName=yes&children=none')
    const p = proc(r, 'kon-shi-zokusho')
    expect(p).toMatchObject({ applies: 'yes', obligation: 'recommended', offices: ['honcho'] })
    expect(p.counters).toEqual([{ office: 'honcho', counter: 'honcho-koseki' }])
    expect(p.due).toMatchObject({ date: '2027-08-10', movedForClosedDays: false })
  })

  it('keepName not answered: "maybe"', () => {
    const r = run('events=divorce&date=2027-05-10&divorceKind=kyogi&namechange=no&children=none')
    expect(proc(r, 'kon-shi-zokusho')).toMatchObject({ applies: 'maybe', ask: ['keepName'] })
  })
})

describe('birth on 2026-12-20 into a 国保 household (the baby is the only child)', () => {
  const r = run('events=birth&date=2026-12-20&insurance=kokuho&ages=0')

  it('the 出生届 is due 12/20 + 13 = 1/2 (New Year closure) → Monday 1/4, at the main building only', () => {
    expect(due(r, 'shussei')).toMatchObject({ date: '2027-01-04', movedForClosedDays: true })
    expect(proc(r, 'shussei').offices).toEqual(['honcho'])
  })

  it('lists 児童手当 and the child medical card as yes', () => {
    applies(r, ['shussei', 'jido-teate', 'kodomo-iryo'], 'yes')
  })

  it('lists the 国保 childbirth grant, with its 2-year limit (12/20/2028, Wed)', () => {
    const p = proc(r, 'shussan-ikuji-ichijikin')
    expect(p).toMatchObject({ applies: 'yes', obligation: 'benefit', offices: ['honcho'] })
    expect(p.due).toMatchObject({ date: '2028-12-20', movedForClosedDays: false })
  })

  it('no foreign-newborn step unless the child is of foreign nationality... which is not known here', () => {
    expect(proc(r, 'zairyu-shikaku-shutoku')).toMatchObject({ applies: 'maybe', ask: ['childNationality'] })
  })

  it('employer insurance: no 国保 grant (the employer plan pays it)', () => {
    absent(run('events=birth&date=2026-12-20&insurance=employee&ages=0'), ['shussan-ikuji-ichijikin'])
  })
})

describe('birth of a child of foreign nationality on 2027-03-01 (Mon)', () => {
  const r = run('events=birth&date=2027-03-01&childNationality=other&insurance=employee&ages=0,30,32')

  it('lists the status-of-residence application as yes, due 30 days after the birth: 3/31 (Wed)', () => {
    const p = proc(r, 'zairyu-shikaku-shutoku')
    expect(p).toMatchObject({ applies: 'yes', obligation: 'required', offices: ['tokyo-nyukan'] })
    expect(p.due).toMatchObject({ date: '2027-03-31', movedForClosedDays: false })
  })

  it('still files the 出生届 at the main building first', () => {
    expect(proc(r, 'shussei').applies).toBe('yes')
    expect(due(r, 'shussei').date).toBe('2027-03-15')
  })

  it('asks for the certificate of the accepted birth registration', () => {
    expect(doc(r, 'shussei-juri-shomeisho').needed).toBe('yes')
    expect(doc(r, 'zairyu-shutoku-shinseisho').needed).toBe('yes')
  })

  it('a Japanese child has no status of residence to apply for', () => {
    absent(run('events=birth&date=2027-03-01&childNationality=japan&insurance=employee&ages=0'), [
      'zairyu-shikaku-shutoku',
    ])
  })
})

describe('child medical card: 3 months by the Civil Code', () => {
  it('a birth on 2026-04-30 is covered back to birth if applied for by 7/31 (Fri), the last day of the month', () => {
    const r = run('events=birth&date=2026-04-30&insurance=employee&ages=0')
    expect(due(r, 'kodomo-iryo')).toMatchObject({ date: '2026-07-31', movedForClosedDays: false })
  })
})

describe('death of a parent of young children', () => {
  it('children of the deceased aged 7 and 10: the 児童育成手当 is listed', () => {
    const r = run('events=death&date=2027-06-07&children=7,10')
    expect(proc(r, 'jido-ikusei-teate')).toMatchObject({ applies: 'yes', offices: ['honcho'] })
  })

  it('no children: no 児童育成手当', () => {
    absent(run('events=death&date=2027-06-07&children=none'), ['jido-ikusei-teate'])
  })
})

describe('marriage', () => {
  const r = run('events=marriage&date=2027-02-22&card=yes&namechange=yes')

  it('婚姻届 has no deadline and is filed at the main building only', () => {
    expect(proc(r, 'konin')).toMatchObject({ applies: 'yes', obligation: 'required', offices: ['honcho'] })
    expect(due(r, 'konin')).toMatchObject({ date: null, rule: 'no legal deadline' })
  })

  it('brings no divorce, birth or ひとり親 items', () => {
    absent(r, ['rikon', 'kon-shi-zokusho', 'shussei', 'zairyu-shikaku-shutoku', ...HITORIOYA])
    docAbsent(r, COURT_PAPERS)
  })
})

describe('pregnancy and schools', () => {
  it('妊娠届 is 速やかに: no date, and no "to be confirmed" deadline', () => {
    const r = run('events=pregnancy')
    expect(due(r, 'ninshin')).toMatchObject({ date: null, rule: 'no legal deadline' })
  })

  it('moving in with a 3-year-old only: no school procedure', () => {
    absent(run('events=move-in&date=2027-03-26&from=other-city&nationality=japan&insurance=employee&ages=35,3'), [
      'tennyugaku',
      'tenko',
      'shugaku-enjo',
    ])
  })

  it('moving in with a 7-year-old: the school transfer is listed', () => {
    applies(
      run('events=move-in&date=2027-03-26&from=other-city&nationality=japan&insurance=employee&ages=35,7'),
      ['tennyugaku', 'tenko'],
      'yes',
    )
  })
})
