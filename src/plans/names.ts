// The names a plan is given: the file its export goes to, and the name offered when it is saved. Pure.
import { type Answers, UNKNOWN } from '../answers/types'

/** "tetsuzuki-plans-2026-11-25.json": the day of the export (UTC, as the file's own `exported` time). */
export function plansFileName(at: number): string {
  return `tetsuzuki-plans-${new Date(at).toISOString().slice(0, 10)}.json`
}

/** "転入 2026-12-20": the life events in words, then the date when one was given (not わからない). */
export function suggestedPlanName(eventNames: string, answers: Answers): string {
  const date = answers.date?.[0]
  return [eventNames, date === UNKNOWN ? '' : (date ?? '')].filter(Boolean).join(' ')
}
