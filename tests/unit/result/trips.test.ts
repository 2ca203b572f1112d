import { describe, expect, it } from 'vitest'

import type { ProcedureResult } from '../../../src/navigator/navigate'
import { suggestInTurn, sureTrips, tripWindows } from '../../../src/result/trips'

const p = (id: string, due: string | null, from: string | null): ProcedureResult => ({
  id,
  title: id,
  applies: 'yes',
  obligation: 'required',
  because: 'move-in',
  ask: [],
  due: { date: due, from, rule: '', movedForClosedDays: false },
  offices: [],
  counters: [],
  online: null,
  documents: [],
  sources: [],
})

describe('when each trip can happen', () => {
  it('never before the move: a 転入届 for a move on 12/21 opens on 12/21, even viewed on 11/25', () => {
    const [w] = tripWindows(
      [{ office: 'oji', procedures: ['tennyu'] }],
      [p('tennyu', '2027-01-04', '2026-12-21')],
      '2026-11-25',
    )
    expect(w).toMatchObject({ from: '2026-12-21', until: '2027-01-04', dated: true })
  })

  it('not before today, and a deadline already past does not hold the trip back', () => {
    const [w] = tripWindows(
      [{ office: 'oji', procedures: ['tennyu'] }],
      [p('tennyu', '2026-11-16', '2026-11-01')],
      '2026-11-25',
    )
    expect(w).toMatchObject({ from: '2026-11-25', until: '2026-12-09', dated: false })
  })

  it('orders the stops by the day they can first happen', () => {
    const windows = tripWindows(
      [
        { office: 'honcho', procedures: ['jido'] },
        { office: 'oji', procedures: ['tennyu'] },
      ],
      [p('jido', '2027-01-05', '2026-12-22'), p('tennyu', '2027-01-04', '2026-12-21')],
      '2026-11-25',
    )
    expect(windows.map((w) => w.trip.office)).toEqual(['oji', 'honcho'])
  })
})

describe('stops in an order that can be followed', () => {
  const procedures = [
    p('jido', '2027-01-05', '2026-12-21'),
    p('tennyu', '2027-01-04', '2026-12-21'),
    p('kenshin', null, '2026-12-21'),
  ]
  const trips = [
    { office: 'honcho', procedures: ['jido'] },
    { office: 'hokenjo', procedures: ['kenshin'] },
    { office: 'oji', procedures: ['tennyu'] },
  ]
  const after = (id: string) => (({ jido: ['tennyu'], kenshin: ['tennyu'] }) as Record<string, string[]>)[id]

  it('puts the office of 転入届 before the offices of what must follow it, whatever the planner listed first', () => {
    const windows = tripWindows(trips, procedures, '2026-11-25', after)
    expect(windows.map((w) => w.trip.office)).toEqual(['oji', 'hokenjo', 'honcho'])
    expect(windows.find((w) => w.trip.office === 'honcho')?.follows).toEqual(['oji'])
  })

  it('suggests each stop after the one it follows, even where that stop is quieter earlier', () => {
    const windows = tripWindows(trips, procedures, '2026-11-25', after)
    // The quietest hours alone: 本庁舎 and 保健所 on 12/22 at 8, 王子 on 12/23 at 8.
    const quietest: Record<string, { date: string; hour: number }> = {
      honcho: { date: '2026-12-22', hour: 8 },
      hokenjo: { date: '2026-12-22', hour: 8 },
      oji: { date: '2026-12-23', hour: 8 },
    }
    const asked: string[] = []
    const stops = suggestInTurn(windows, (w, from, before) => {
      asked.push(`${w.trip.office} from ${from}${before ? ` after ${before.date} ${before.hour}` : ''}`)
      const q = quietest[w.trip.office]!
      if (!before) return q.date >= from ? q : { date: from, hour: 8 }
      return { date: from > before.date ? from : before.date, hour: before.hour + 1 }
    })
    expect(asked).toEqual([
      'oji from 2026-12-21',
      'hokenjo from 2026-12-23 after 2026-12-23 8',
      'honcho from 2026-12-23 after 2026-12-23 8',
    ])
    expect(stops.map((s) => `${s.window.trip.office} ${s.suggestion?.date} ${s.suggestion?.hour}`)).toEqual([
      'oji 2026-12-23 8',
      'hokenjo 2026-12-23 9',
      'honcho 2026-12-23 9',
    ])
  })

  it('lets two trips that each hold a step of the other go in date order', () => {
    const loop = (id: string) => (({ a: ['b'], b: ['a'] }) as Record<string, string[]>)[id]
    const windows = tripWindows(
      [
        { office: 'x', procedures: ['a'] },
        { office: 'y', procedures: ['b'] },
      ],
      [p('a', '2027-01-10', null), p('b', '2027-01-05', null)],
      '2026-11-25',
      loop,
    )
    expect(windows.map((w) => [w.trip.office, w.follows])).toEqual([
      ['y', []],
      ['x', []],
    ])
  })
})

describe('the trips to plan', () => {
  it('keep only what surely applies and is not a free choice, and drop a trip left empty', () => {
    const sure = p('tennyu', null, null)
    const choice = { ...p('churin', null, null), obligation: 'optional' as const }
    const maybe = { ...p('inu', null, null), applies: 'maybe' as const }
    const trips = [
      { office: 'oji', procedures: ['tennyu', 'churin'] },
      { office: 'akabane', procedures: ['inu', 'churin'] },
    ]
    expect(sureTrips(trips, [sure, choice, maybe])).toEqual([{ office: 'oji', procedures: ['tennyu'] }])
  })
})
