import { describe, expect, it } from 'vitest'

import type { ProcedureResult } from '../../../src/navigator/navigate'
import { byQuestion, firstOfGroups, summarise, timeline, whenGroup } from '../../../src/result/timeline'

const p = (
  id: string,
  due: string | null,
  obligation: ProcedureResult['obligation'] = 'required',
  applies: ProcedureResult['applies'] = 'yes',
): ProcedureResult => ({
  id,
  title: id,
  applies,
  obligation,
  because: 'move-in',
  ask: [],
  due: { date: due, from: null, rule: '', movedForClosedDays: false },
  offices: [],
  counters: [],
  online: null,
  documents: [],
  sources: [],
})

describe('grouping by when, counted from today', () => {
  it.each([
    ['2026-11-24', 'overdue'],
    ['2026-11-25', 'week'],
    ['2026-12-02', 'week'],
    ['2026-12-03', 'fortnight'],
    ['2026-12-09', 'fortnight'],
    ['2026-12-10', 'later'],
    [null, 'undated'],
  ] as const)('due %s is %s on 2026-11-25', (due, group) => expect(whenGroup(due, '2026-11-25')).toBe(group))

  it('puts the law before benefits and advice in each group, what may apply and free choices apart', () => {
    const t = timeline(
      [
        p('denki', '2026-12-01', 'recommended'),
        p('jido', '2026-12-01', 'benefit'),
        p('kokuho', '2026-12-01', 'required', 'maybe'),
        p('tennyu', '2026-12-01'),
        p('churinjo', null, 'optional'),
        p('late', '2026-11-01'),
      ],
      '2026-11-25',
    )
    expect(t.groups.map((g) => [g.id, g.items.map((x) => x.id)])).toEqual([
      ['overdue', ['late']],
      ['week', ['tennyu', 'jido', 'denki']],
    ])
    expect(t.maybe.map((x) => x.id)).toEqual(['kokuho'])
    expect(t.optional.map((x) => x.id)).toEqual(['churinjo'])
  })

  it('sums up what to do, what is overdue and the next deadline ahead', () => {
    const s = summarise(
      [p('a', '2026-11-01'), p('b', '2026-12-04'), p('c', null, 'benefit', 'maybe'), p('d', '2026-11-30', 'optional')],
      '2026-11-25',
    )
    expect(s).toEqual({ todo: 3, sure: 2, maybe: 1, overdue: 1, nextDue: '2026-12-04' })
  })

  it('keeps an overdue "maybe" with the overdue, so it is not missed', () => {
    const t = timeline([p('inu', '2026-11-01', 'required', 'maybe')], '2026-11-25')
    expect(t.groups.map((g) => g.id)).toEqual(['overdue'])
    expect(t.maybe).toEqual([])
  })
})

describe('drawing a few cards at a time', () => {
  const groups = [
    { id: 'overdue' as const, items: [p('a', '2026-11-01'), p('b', '2026-11-02')] },
    { id: 'week' as const, items: [p('c', '2026-11-27')] },
    { id: 'later' as const, items: [p('d', '2027-01-01')] },
  ]

  it('shows the first ones in order and leaves out groups with none of them', () => {
    expect(firstOfGroups(groups, 3).map((g) => [g.id, g.items.map((i) => i.id)])).toEqual([
      ['overdue', ['a', 'b']],
      ['week', ['c']],
    ])
    expect(firstOfGroups(groups, 1).map((g) => g.items.map((i) => i.id))).toEqual([['a']])
    expect(firstOfGroups(groups, 9).flatMap((g) => g.items).length).toBe(4)
  })
})

describe('what may apply, by question', () => {
  it('groups by the first question that settles it, in order of first appearance', () => {
    const dog = { ...p('inu', null, 'required', 'maybe'), ask: ['dog'] }
    const rabies = { ...p('kyokenbyo', null, 'required', 'maybe'), ask: ['dog', 'ages'] }
    const pension = { ...p('nenkin', null, 'required', 'maybe'), ask: ['pension'] }
    const none = p('other', null, 'required', 'maybe')
    expect(byQuestion([dog, pension, rabies, none]).map((g) => [g.key, g.items.map((i) => i.id)])).toEqual([
      ['dog', ['inu', 'kyokenbyo']],
      ['pension', ['nenkin']],
      ['', ['other']],
    ])
  })
})
