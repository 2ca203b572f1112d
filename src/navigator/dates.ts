// Deadlines: a procedure's last day from the event day, by the law's counting, moved off the
// ward's closed days.
import { addDays, endOfMonths, type IsoDate, type WardCalendar } from '../calendar/dates'
import type { Due } from '../catalog/schema'

export type { IsoDate, WardCalendar } from '../calendar/dates'

export interface DueDate {
  date: IsoDate | null
  /** The first day it can be done (after the move for 転入届), or null where that is not known. */
  from: IsoDate | null
  /** The legal rule in words (English, stable for machines); the UI shows the catalog's localized text. */
  rule: string
  movedForClosedDays: boolean
}

function ruleText(due: Due): string {
  switch (due.kind) {
    case 'days':
      return `${due.days} days ${due.countFirstDay ? 'counting' : 'not counting'} the day of the event`
    case 'months':
      return `${due.months} months from the day after the event`
    case 'before':
      return 'before the day of the event'
    case 'none':
      return 'no legal deadline'
    case 'unknown':
      return 'deadline to be confirmed'
  }
}

/** The last day for a procedure, moved off the ward's closed days (a company's own date is not). */
export function dueDate(due: Due, eventDate: IsoDate | null, calendar: WardCalendar): DueDate {
  const rule = ruleText(due)
  const opens = due.opens ?? (due.kind === 'before' ? null : 0)
  const from = eventDate && opens !== null ? addDays(eventDate, opens) : null
  if (!eventDate || due.kind === 'none' || due.kind === 'unknown')
    return { date: null, from, rule, movedForClosedDays: false }
  const step = due.kind === 'before' ? -1 : 1
  // Filed in advance: the last chance is the last open day on or before the event.
  const last =
    due.kind === 'before'
      ? eventDate
      : due.kind === 'days'
        ? addDays(eventDate, due.countFirstDay ? due.days - 1 : due.days)
        : endOfMonths(eventDate, due.months)
  let date = last
  while (!due.keepOnClosedDays && calendar.isClosed(date)) date = addDays(date, step)
  return { date, from, rule, movedForClosedDays: date !== last }
}
