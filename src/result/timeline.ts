// The result as a resident acts on it: what to do, grouped by when it is due counted from today,
// the law's duties before the rest in each group, and free choices apart at the end.
import { addDays, compareCodes, type IsoDate } from '../calendar/dates'
import type { Obligation } from '../catalog/schema'
import type { ProcedureResult } from '../navigator/navigate'

export type WhenGroup = 'overdue' | 'week' | 'fortnight' | 'later' | 'undated'

export const WHEN_GROUPS: readonly WhenGroup[] = ['overdue', 'week', 'fortnight', 'later', 'undated']

const obligationRank: Record<Obligation, number> = { required: 0, benefit: 1, recommended: 2, optional: 3 }

export function whenGroup(due: IsoDate | null, today: IsoDate): WhenGroup {
  if (!due) return 'undated'
  if (due < today) return 'overdue'
  if (due <= addDays(today, 7)) return 'week'
  if (due <= addDays(today, 14)) return 'fortnight'
  return 'later'
}

export interface Timeline {
  groups: { id: WhenGroup; items: ProcedureResult[] }[]
  /** What may apply, until a question is answered: shown apart, with that question. */
  maybe: ProcedureResult[]
  /** Free choices (自転車駐車場, 交通傷害保険…): shown apart, after everything a resident must do. */
  optional: ProcedureResult[]
}

export function timeline(procedures: readonly ProcedureResult[], today: IsoDate): Timeline {
  const byGroup = new Map<WhenGroup, ProcedureResult[]>(WHEN_GROUPS.map((g) => [g, []]))
  const optional: ProcedureResult[] = []
  const maybe: ProcedureResult[] = []
  for (const p of procedures) {
    if (p.obligation === 'optional') optional.push(p)
    // A "maybe" that is already overdue stays in its group: it must not be missed.
    else if (p.applies === 'maybe' && whenGroup(p.due.date, today) !== 'overdue') maybe.push(p)
    else byGroup.get(whenGroup(p.due.date, today))?.push(p)
  }
  const order = (a: ProcedureResult, b: ProcedureResult) =>
    obligationRank[a.obligation] - obligationRank[b.obligation] ||
    (a.applies === b.applies ? 0 : a.applies === 'yes' ? -1 : 1) ||
    compareCodes(a.due.date ?? '', b.due.date ?? '')
  return {
    groups: WHEN_GROUPS.map((id) => ({ id, items: [...(byGroup.get(id) ?? [])].sort(order) })).filter(
      (g) => g.items.length,
    ),
    maybe,
    optional,
  }
}

export interface Summary {
  /** Everything to do but the free choices. */
  todo: number
  sure: number
  maybe: number
  overdue: number
  /** The first deadline still ahead, if any. */
  nextDue: IsoDate | null
}

export function summarise(procedures: readonly ProcedureResult[], today: IsoDate): Summary {
  const todo = procedures.filter((p) => p.obligation !== 'optional')
  const ahead = todo
    .map((p) => p.due.date)
    .filter((d): d is IsoDate => d !== null && d >= today)
    .sort()
  return {
    todo: todo.length,
    sure: todo.filter((p) => p.applies === 'yes').length,
    maybe: todo.filter((p) => p.applies === 'maybe').length,
    overdue: todo.filter((p) => p.due.date !== null && p.due.date < today).length,
    nextDue: ahead[0] ?? null,
  }
}

/** The first `count` procedures of the groups, in order; a group with none of them shown goes (a slow phone draws a few at a time). */
export function firstOfGroups<G extends { items: readonly ProcedureResult[] }>(
  groups: readonly G[],
  count: number,
): (G & { items: ProcedureResult[] })[] {
  let left = count
  return groups
    .map((g) => {
      const items = g.items.slice(0, Math.max(0, left))
      left -= g.items.length
      return { ...g, items }
    })
    .filter((g) => g.items.length)
}

/** What may apply, by the question that would settle it (the first one asked), in order of first appearance. */
export function byQuestion(procedures: readonly ProcedureResult[]): { key: string; items: ProcedureResult[] }[] {
  const byKey = new Map<string, ProcedureResult[]>()
  for (const p of procedures) {
    const key = p.ask[0] ?? ''
    byKey.set(key, [...(byKey.get(key) ?? []), p])
  }
  return [...byKey.entries()].map(([key, items]) => ({ key, items }))
}
