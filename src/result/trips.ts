// When each trip can happen: not before every procedure in it can be done (after the move for 転入届,
// after the birth for 出生届) and not before today; best before the first deadline in it. The
// stops are visited in that order.
import { addDays, type IsoDate } from '../calendar/dates'
import type { ProcedureResult } from '../navigator/navigate'
import type { Trip } from '../navigator/trips'

export interface TripWindow {
  trip: Trip
  /** The first day the whole trip is possible. */
  from: IsoDate
  /** The last day to go without missing a deadline (two weeks on when nothing in it has one). */
  until: IsoDate
  /** Whether `until` is a real deadline. */
  dated: boolean
}

export function tripWindows(trips: readonly Trip[], procedures: readonly ProcedureResult[], today: IsoDate): TripWindow[] {
  const byId = new Map(procedures.map((p) => [p.id, p]))
  const windows = trips.map((trip): TripWindow => {
    const items = trip.procedures.map((id) => byId.get(id)).filter((p) => p !== undefined)
    const from = [today, ...items.map((p) => p.due.from).filter((d): d is IsoDate => d !== null)].sort().at(-1) ?? today
    // A deadline already past does not hold the trip back: go as soon as possible.
    const deadlines = items.map((p) => p.due.date).filter((d): d is IsoDate => d !== null && d >= from).sort()
    return { trip, from, until: deadlines[0] ?? addDays(from, 14), dated: deadlines.length > 0 }
  })
  // Stable: trips that must come first (the planner's order) keep it when their windows tie.
  return windows.map((w, i) => ({ w, i })).sort((a, b) => a.w.from.localeCompare(b.w.from) || a.w.until.localeCompare(b.w.until) || a.i - b.i).map(({ w }) => w)
}
