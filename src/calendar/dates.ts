// The ward calendar: arithmetic on plain dates (YYYY-MM-DD) and the days the offices are closed.
// Shared ground of the navigator (deadlines) and the waits (opening days). Dates are handled as UTC
// midnights so that the device's time zone can never shift a deadline by a day.

export type IsoDate = string

const DAY = 86_400_000

export function parseIsoDate(text: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (!m) return null
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
  return toIso(d) === text ? d : null
}

export function toIso(d: Date): IsoDate {
  return d.toISOString().slice(0, 10)
}

function at(text: IsoDate): Date {
  const d = parseIsoDate(text)
  if (!d) throw new RangeError(`not a date: ${text}`)
  return d
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return toIso(new Date(at(date).getTime() + days * DAY))
}

/** 民法 第143条: a period of months ends on the day before the corresponding day, or at month end. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const d = at(date)
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1))
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate()
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay))
  return toIso(target)
}

export function weekday(date: IsoDate): number {
  return at(date).getUTCDay()
}

/** The days the ward's offices are closed (地方自治法 第4条の2): weekends, 祝日 and 12/29–1/3. */
export interface WardCalendar {
  isClosed(date: IsoDate): boolean
}

export function wardCalendar(holidays: Iterable<string>): WardCalendar {
  const set = new Set(holidays)
  return {
    isClosed(date) {
      const day = weekday(date)
      const md = date.slice(5)
      return day === 0 || day === 6 || set.has(date) || md >= '12-29' || md <= '01-03'
    },
  }
}
