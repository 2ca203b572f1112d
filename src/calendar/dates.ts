// The ward calendar: arithmetic on plain dates (YYYY-MM-DD) and the days the offices are closed.
// Shared ground of the navigator (deadlines) and the waits (opening days). Dates are handled as UTC
// midnights so that the device's time zone can never shift a deadline by a day.

export type IsoDate = string

/** Sorts after every real date: where a procedure with no date goes in a list by date. */
export const AFTER_EVERY_DATE: IsoDate = '9999-12-31'

const DAY = 86_400_000

/**
 * Orders plain dates (and other ASCII keys such as ids) as written. Not `localeCompare`: that loads the
 * phone's collation data on its first call, tens of milliseconds on a slow phone, for text that needs none.
 */
export function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

export function parseIsoDate(text: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (!m) return null
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
  return toIso(d) === text ? d : null
}

export function toIso(d: Date): IsoDate {
  return d.toISOString().slice(0, 10)
}

// A result computes hundreds of dates from a handful of days: each day is read once, then reused.
const known = new Map<IsoDate, number>()

/** The date as milliseconds since the epoch (UTC midnight); throws on a string that is not a date. */
function time(text: IsoDate): number {
  let t = known.get(text)
  if (t === undefined) {
    const d = parseIsoDate(text)
    if (!d) throw new RangeError(`not a date: ${text}`)
    t = d.getTime()
    if (known.size > 10_000) known.clear()
    known.set(text, t)
  }
  return t
}

function at(text: IsoDate): Date {
  return new Date(time(text))
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return toIso(new Date(time(date) + days * DAY))
}

function daysInMonth(d: Date): number {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate()
}

/**
 * The last day of a period of months after an event (民法 第140条・第143条). The event day is not
 * counted, so the period starts the next day; it ends the day before the matching day of the last
 * month, at that month's end if it has no matching day, and at the end of the last month when
 * the period starts on a 1st. Birth 04-30 + 3 months → 07-31; birth 01-15 + 3 months → 04-15.
 */
export function endOfMonths(eventDate: IsoDate, months: number): IsoDate {
  const start = at(addDays(eventDate, 1))
  const day = start.getUTCDate()
  const last = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + months - (day === 1 ? 1 : 0), 1))
  const end = daysInMonth(last)
  if (day === 1 || day > end) {
    last.setUTCDate(end)
    return toIso(last)
  }
  last.setUTCDate(day)
  return addDays(toIso(last), -1)
}

/** Whole days from one date to another (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((time(to) - time(from)) / DAY)
}

export function weekday(date: IsoDate): number {
  // 1970-01-01 was a Thursday (4).
  return (((Math.floor(time(date) / DAY) + 4) % 7) + 7) % 7
}

/** The days the ward's offices are closed (地方自治法 第4条の2): weekends, 祝日 and 12/29–1/3. */
export interface WardCalendar {
  isClosed(date: IsoDate): boolean
}

export function wardCalendar(holidays: Iterable<string>): WardCalendar {
  const set = new Set(holidays)
  const closed = new Map<IsoDate, boolean>()
  return {
    isClosed(date) {
      let answer = closed.get(date)
      if (answer === undefined) {
        const day = weekday(date)
        const md = date.slice(5)
        answer = day === 0 || day === 6 || set.has(date) || md >= '12-29' || md <= '01-03'
        closed.set(date, answer)
      }
      return answer
    },
  }
}

/**
 * A month as weeks from Sunday to Saturday, each day its date and the days of the weeks' ends outside the
 * month null: the grid of a date chooser that needs no keyboard.
 */
export function monthGrid(year: number, month: number): (IsoDate | null)[][] {
  const first = `${year}-${String(month).padStart(2, '0')}-01`
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate()
  const cells: (IsoDate | null)[] = [
    ...Array.from({ length: weekday(first) }, () => null),
    ...Array.from({ length: days }, (_, i) => addDays(first, i)),
  ]
  while (cells.length % 7) cells.push(null)
  return Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7))
}

/** The month before or after one, as [year, month]. */
export function shiftMonth(year: number, month: number, by: number): [number, number] {
  const index = year * 12 + (month - 1) + by
  return [Math.floor(index / 12), (index % 12) + 1]
}
