import { describe, expect, it } from 'vitest'
import { tripWindows } from '../../../src/result/trips'
import type { ProcedureResult } from '../../../src/navigator/navigate'

const p = (id: string, due: string | null, from: string | null): ProcedureResult => ({
  id, title: id, applies: 'yes', obligation: 'required', because: 'move-in', ask: [], due: { date: due, from, rule: '', movedForClosedDays: false },
  offices: [], counters: [], online: null, documents: [], sources: [],
})

describe('when each trip can happen', () => {
  it('never before the move: a 転入届 for a move on 12/21 opens on 12/21, even viewed on 11/25', () => {
    const [w] = tripWindows([{ office: 'oji', procedures: ['tennyu'] }], [p('tennyu', '2027-01-04', '2026-12-21')], '2026-11-25')
    expect(w).toMatchObject({ from: '2026-12-21', until: '2027-01-04', dated: true })
  })

  it('not before today, and a deadline already past does not hold the trip back', () => {
    const [w] = tripWindows([{ office: 'oji', procedures: ['tennyu'] }], [p('tennyu', '2026-11-16', '2026-11-01')], '2026-11-25')
    expect(w).toMatchObject({ from: '2026-11-25', until: '2026-12-09', dated: false })
  })

  it('orders the stops by the day they can first happen', () => {
    const windows = tripWindows(
      [{ office: 'honcho', procedures: ['jido'] }, { office: 'oji', procedures: ['tennyu'] }],
      [p('jido', '2027-01-05', '2026-12-22'), p('tennyu', '2027-01-04', '2026-12-21')],
      '2026-11-25',
    )
    expect(windows.map((w) => w.trip.office)).toEqual(['oji', 'honcho'])
  })
})
