// Deadlines: a procedure's last day from the event day, by the law's counting, moved off the
// ward's closed days.
import type { Due } from '../catalog/schema'
import { addDays, addMonths, type IsoDate, type WardCalendar } from '../calendar/dates'

export type { IsoDate, WardCalendar } from '../calendar/dates'

export interface DueDate {
  date: IsoDate | null
  /** The legal rule in words (English, stable for machines); the UI shows the catalog's localized text. */
  rule: string
  movedForClosedDays: boolean
}

function ruleText(due: Due): string {
  switch (due.kind) {
    case 'days': return `${due.days} days ${due.countFirstDay ? 'counting' : 'not counting'} the day of the event`
    case 'months': return `${due.months} months from the day of the event`
    case 'before': return 'before the day of the event'
    case 'none': return 'no legal deadline'
    case 'unknown': return 'deadline to be confirmed'
  }
}

/** The last day for a procedure, moved off the ward's closed days. */
export function dueDate(due: Due, eventDate: IsoDate | null, calendar: WardCalendar): DueDate {
  const rule = ruleText(due)
  if (!eventDate || due.kind === 'none' || due.kind === 'unknown') return { date: null, rule, movedForClosedDays: false }
  if (due.kind === 'before') {
    // Filed in advance: the last chance is the last open day on or before the event.
    let date = eventDate
    while (calendar.isClosed(date)) date = addDays(date, -1)
    return { date, rule, movedForClosedDays: date !== eventDate }
  }
  const last = due.kind === 'days'
    ? addDays(eventDate, due.countFirstDay ? due.days - 1 : due.days)
    : addMonths(eventDate, due.months)
  let date = last
  while (calendar.isClosed(date)) date = addDays(date, 1)
  return { date, rule, movedForClosedDays: date !== last }
}
