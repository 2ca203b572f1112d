// When each trip can happen: not before every procedure in it can be done (after the move for 転入届,
// after the birth for 出生届), not before today, and not before the trips holding what it must follow
// (児童手当 after 転入届); best before the first deadline in it. The stops are visited in that order,
// and each suggested hour comes after the one before it.
import { addDays, compareCodes, type IsoDate } from '../calendar/dates'
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
  /** The offices of the trips that must come first: one of their procedures is a step this trip follows. */
  follows: string[]
}

/** The procedures a procedure must follow (the catalog's `after`). */
export type AfterOf = (id: string) => readonly string[] | undefined

export function tripWindows(
  trips: readonly Trip[],
  procedures: readonly ProcedureResult[],
  today: IsoDate,
  after: AfterOf = () => undefined,
): TripWindow[] {
  const byId = new Map(procedures.map((p) => [p.id, p]))
  const officeOf = new Map(trips.flatMap((t) => t.procedures.map((id) => [id, t.office] as const)))
  const windows = trips.map((trip): TripWindow => {
    const items = trip.procedures.map((id) => byId.get(id)).filter((p) => p !== undefined)
    const from = [today, ...items.map((p) => p.due.from).filter((d): d is IsoDate => d !== null)].sort().at(-1) ?? today
    // A deadline already past does not hold the trip back: go as soon as possible.
    const deadlines = items
      .map((p) => p.due.date)
      .filter((d): d is IsoDate => d !== null && d >= from)
      .sort()
    const follows = new Set(
      trip.procedures
        .flatMap((id) => (after(id) ?? []).map((x) => officeOf.get(x)))
        .filter((o): o is string => o !== undefined && o !== trip.office),
    )
    return { trip, from, until: deadlines[0] ?? addDays(from, 14), dated: deadlines.length > 0, follows: [...follows] }
  })
  // Two trips each holding a step of the other cannot both come first: neither waits for the other.
  const followed = new Map(windows.map((w) => [w.trip.office, new Set(w.follows)]))
  for (const w of windows) w.follows = w.follows.filter((o) => !followed.get(o)?.has(w.trip.office))
  return inOrder(windows, (a, b) => compareCodes(a.from, b.from) || compareCodes(a.until, b.until))
}

/**
 * The windows with every trip after those it follows, and otherwise by `compare`; stable, so trips the
 * planner put first keep their place on a tie.
 */
export function inOrder<T extends { trip: Trip; follows: readonly string[] }>(
  items: readonly T[],
  compare: (a: T, b: T) => number,
): T[] {
  const rest = items.map((item, i) => ({ item, i }))
  const done = new Set<string>()
  const out: T[] = []
  while (rest.length) {
    const ready = rest.filter(({ item }) =>
      item.follows.every((o) => done.has(o) || !rest.some((r) => r.item.trip.office === o)),
    )
    const pool = ready.length ? ready : rest
    const next = pool.reduce((best, c) =>
      compare(c.item, best.item) < 0 || (compare(c.item, best.item) === 0 && c.i < best.i) ? c : best,
    )
    out.push(next.item)
    done.add(next.item.trip.office)
    rest.splice(rest.indexOf(next), 1)
  }
  return out
}

/** An hour suggested for a trip: a day and the hour it starts (Tokyo time). */
export interface Suggestion {
  date: IsoDate
  hour: number
}

/**
 * A suggestion for each trip in turn, each asked for no earlier than the trips it follows: a later day,
 * or a later hour on the same day. `suggest` gets the window's first day and the earliest hour allowed.
 */
export function suggestInTurn<S extends Suggestion>(
  windows: readonly TripWindow[],
  suggest: (window: TripWindow, from: IsoDate, after: Suggestion | null) => S | null,
): { window: TripWindow; suggestion: S | null }[] {
  const chosen = new Map<string, S | null>()
  const stops = windows.map((window) => {
    const before = window.follows.map((o) => chosen.get(o)).filter((s): s is S => s != null)
    const latest = before.reduce<Suggestion | null>(
      (a, s) => (!a || s.date > a.date || (s.date === a.date && s.hour > a.hour) ? s : a),
      null,
    )
    const from = latest && latest.date > window.from ? latest.date : window.from
    const suggestion = suggest(window, from, latest)
    chosen.set(window.trip.office, suggestion)
    return { window, suggestion }
  })
  const key = (s: { window: TripWindow; suggestion: S | null }) =>
    s.suggestion ? `${s.suggestion.date}:${String(s.suggestion.hour).padStart(2, '0')}` : s.window.from
  return inOrder(
    stops.map((s) => ({ ...s, trip: s.window.trip, follows: s.window.follows })),
    (a, b) => compareCodes(key(a), key(b)),
  ).map(({ window, suggestion }) => ({ window, suggestion }))
}

/**
 * The trips to plan: only what surely applies and is not a free choice is a stop (free choices stay
 * under 「そのほか」, what may apply stays with its question); a trip left with nothing goes.
 */
export function sureTrips(
  trips: readonly Trip[],
  procedures: readonly Pick<ProcedureResult, 'id' | 'applies' | 'obligation'>[],
): Trip[] {
  const sure = new Set(procedures.filter((p) => p.applies === 'yes' && p.obligation !== 'optional').map((p) => p.id))
  return trips
    .map((trip) => ({ ...trip, procedures: trip.procedures.filter((id) => sure.has(id)) }))
    .filter((trip) => trip.procedures.length)
}
