// Trips: the procedures grouped by the office where the resident does them, using as few offices
// as possible and keeping a procedure with the one it must follow (国保 after 転入 at the same desk).

import { AFTER_EVERY_DATE, compareCodes } from '../calendar/dates'

export interface Trip {
  office: string
  procedures: string[]
}

interface Placeable {
  id: string
  offices: string[]
  due: { date: string | null }
}

export function planTrips(
  procedures: readonly Placeable[],
  officeOrder: readonly string[],
  after: ReadonlyMap<string, readonly string[]>,
): Trip[] {
  const todo = procedures.filter((p) => p.offices.length > 0)
  const uncovered = new Set(todo.map((p) => p.id))
  const chosen: string[] = []
  while (uncovered.size > 0) {
    // Greedy set cover; ties go to the office listed first in the catalog.
    let best = ''
    let bestCount = 0
    for (const office of officeOrder) {
      const count = todo.filter((p) => uncovered.has(p.id) && p.offices.includes(office)).length
      if (count > bestCount) {
        best = office
        bestCount = count
      }
    }
    if (!best) break
    chosen.push(best)
    for (const p of todo) if (p.offices.includes(best)) uncovered.delete(p.id)
  }

  const placed = new Map<string, string>()
  for (const p of todo) {
    const office = chosen.find((o) => p.offices.includes(o))
    if (office) placed.set(p.id, office)
  }
  for (const p of todo) {
    const prerequisite = (after.get(p.id) ?? []).map((id) => placed.get(id)).find((o) => o && p.offices.includes(o))
    if (prerequisite) placed.set(p.id, prerequisite)
  }

  const trips = new Map<string, Trip>()
  for (const p of todo) {
    const office = placed.get(p.id)
    if (!office) continue
    const trip = trips.get(office) ?? { office, procedures: [] }
    trip.procedures.push(p.id)
    trips.set(office, trip)
  }
  const dueOf = new Map(todo.map((p) => [p.id, p.due.date ?? AFTER_EVERY_DATE]))
  const earliest = (t: Trip) =>
    t.procedures.map((id) => dueOf.get(id) ?? AFTER_EVERY_DATE).sort()[0] ?? AFTER_EVERY_DATE
  const needsFirst = (a: Trip, b: Trip) =>
    b.procedures.some((id) => (after.get(id) ?? []).some((x) => a.procedures.includes(x)))
  return [...trips.values()].sort((a, b) =>
    needsFirst(a, b) ? -1 : needsFirst(b, a) ? 1 : compareCodes(earliest(a), earliest(b)),
  )
}
