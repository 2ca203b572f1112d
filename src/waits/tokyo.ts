// Wall-clock time at the ward, whatever zone the phone or server is set to. Japan has had no daylight
// saving time since 1951, so a fixed +09:00 is exact and needs no Intl time-zone data.
import type { IsoDate } from '../calendar/dates'
import type { Weekday } from '../catalog/schema'

const OFFSET_MS = 9 * 3_600_000

export const WEEKDAYS: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat']

export interface TokyoTime {
  date: IsoDate
  /** Minutes since midnight, 0–1439. */
  minutes: number
  weekday: Weekday
}

export function tokyoTime(at: Date | number): TokyoTime {
  const local = new Date(+at + OFFSET_MS)
  return {
    date: local.toISOString().slice(0, 10),
    minutes: local.getUTCHours() * 60 + local.getUTCMinutes(),
    weekday: WEEKDAYS[local.getUTCDay()] ?? 'sun',
  }
}

/** The instant at which Tokyo's clock shows `date` and `minutes`. */
export function tokyoInstant(date: IsoDate, minutes: number): Date {
  const [y, m, d] = date.split('-').map(Number)
  return new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1) + minutes * 60_000 - OFFSET_MS)
}

/** "HH:MM" as a resident in Kita reads it. */
export function tokyoClock(at: Date | number): string {
  return new Date(+at + OFFSET_MS).toISOString().slice(11, 16)
}

/** "08:30" → 510. */
export function clockMinutes(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5))
}
