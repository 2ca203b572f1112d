// One procedure of a result as a card says it: how binding, whether its day has passed, whether a
// calendar entry still makes sense. Pure.
import type { IsoDate } from '../calendar/dates'
import type { ProcedureResult } from '../navigator/navigate'

/** The locale key of the tag beside a procedure: "may apply", else how binding it is (must / benefit / advice / choice). */
export function procedureTag(result: Pick<ProcedureResult, 'applies' | 'obligation'>): string {
  return result.applies === 'maybe' ? 'procedure.maybe' : `procedure.obligation.${result.obligation}`
}

/** The deadline was before today (期限を過ぎています); the due day itself is not past. */
export function isOverdue(result: Pick<ProcedureResult, 'due'>, today: IsoDate): boolean {
  return result.due.date !== null && result.due.date < today
}

/** The deadline is today or later: worth an entry in the resident's calendar. */
export function isAhead(result: Pick<ProcedureResult, 'due'>, today: IsoDate): boolean {
  return result.due.date !== null && result.due.date >= today
}
