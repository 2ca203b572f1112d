// Busy-time guidance from the model alone: no network, small enough to ship in the offline bundle.
// "空いている時間: 火曜 10時台" is a weekly pattern; bestDayBefore picks a concrete day and hour.
import { addDays, type IsoDate, type WardCalendar } from '../calendar/dates'
import type { Office, Weekday } from '../catalog/schema'
import { dayFactor, queueAt } from './model'
import { counterKind, counterOpening } from './opening'
import { clockMinutes, tokyoInstant, tokyoTime } from './tokyo'

export interface ForecastContext {
  offices: readonly Office[]
  calendar: WardCalendar
}

export interface HourSlot {
  weekday: Weekday
  /** The hour of the slot on Tokyo's clock: 10 means 10:00–10:59 (10時台). */
  hour: number
  expectedMinutes: number
  expectedWaiting: number
}

export interface DaySuggestion extends HourSlot {
  date: IsoDate
}

interface Options {
  /** Defaults to the office's first counter. */
  counterId?: string
}

// A year is the longest range worth computing; it also bounds the work for any input.
const MAX_DAYS = 366
const QUARTERS = [0, 15, 30, 45]

export interface DayHour {
  hour: number
  expectedMinutes: number
  expectedWaiting: number
  /** The hour `now` falls in. */
  current: boolean
}

/**
 * The hours any of the office's regular or extra openings touches, so a new evening desk or an early
 * opening in the catalog shows up without a code change; which of them is open on a day is decided per quarter.
 */
function openingHours(office: Office): { from: number; until: number } {
  const spans = [...office.hours, ...(office.extra ?? [])]
  const from = Math.min(...spans.map((s) => Math.floor(clockMinutes(s.open) / 60)))
  const until = Math.max(...spans.map((s) => Math.ceil(clockMinutes(s.close) / 60)))
  return { from: Math.max(0, from), until: Math.min(24, until) }
}

/** The open hours of one day with their expected queue, averaged over the hour's open quarters. */
function daySlots(
  office: Office,
  counterId: string,
  date: IsoDate,
  calendar: WardCalendar,
  notBefore = 0,
): DaySuggestion[] {
  const kind = counterKind(counterId)
  const factor = dayFactor(date, kind, calendar)
  const slots: DaySuggestion[] = []
  const { from, until } = openingHours(office)
  for (let hour = from; hour < until; hour++) {
    const open = QUARTERS.map((q) => hour * 60 + q).filter((m) => {
      const at = tokyoInstant(date, m)
      return at.getTime() >= notBefore && counterOpening(office, counterId, at, calendar) === 'open'
    })
    if (!open.length) continue
    const sum = open
      .map((m) => queueAt(kind, m, factor))
      .reduce((a, b) => ({ waiting: a.waiting + b.waiting, minutes: a.minutes + b.minutes }))
    slots.push({
      date,
      weekday: tokyoTime(tokyoInstant(date, hour * 60)).weekday,
      hour,
      expectedMinutes: Math.round(sum.minutes / open.length),
      expectedWaiting: Math.round(sum.waiting / open.length),
    })
  }
  return slots
}

function target(
  officeId: string,
  context: ForecastContext,
  options: Options,
): { office: Office; counterId: string } | null {
  const office = context.offices.find((o) => o.id === officeId)
  const counterId = options.counterId ?? office?.counters[0]?.id
  return office && counterId && office.counters.some((c) => c.id === counterId) ? { office, counterId } : null
}

function datesBetween(from: IsoDate, until: IsoDate): IsoDate[] {
  const dates: IsoDate[] = []
  for (let d = from; d <= until && dates.length < MAX_DAYS; d = addDays(d, 1)) dates.push(d)
  return dates
}

const byQuiet = (a: HourSlot, b: HourSlot) =>
  a.expectedMinutes - b.expectedMinutes || a.expectedWaiting - b.expectedWaiting

/**
 * The quietest weekday-and-hour slots between two dates (inclusive), quietest first. A slot open on
 * fewer than half of its weekdays (the third-Tuesday evening) is left out: it is not a weekly habit.
 */
export function quietestTimes(
  officeId: string,
  fromDate: IsoDate,
  untilDate: IsoDate,
  context: ForecastContext,
  options: Options & { limit?: number } = {},
): HourSlot[] {
  const found = target(officeId, context, options)
  if (!found) return []
  const sums = new Map<string, HourSlot & { days: number }>()
  const openDays = new Map<Weekday, number>()
  for (const date of datesBetween(fromDate, untilDate)) {
    const slots = daySlots(found.office, found.counterId, date, context.calendar)
    if (slots[0]) openDays.set(slots[0].weekday, (openDays.get(slots[0].weekday) ?? 0) + 1)
    for (const { weekday, hour, expectedMinutes, expectedWaiting } of slots) {
      const sum = sums.get(`${weekday}${hour}`) ?? { weekday, hour, expectedMinutes: 0, expectedWaiting: 0, days: 0 }
      sums.set(`${weekday}${hour}`, {
        ...sum,
        expectedMinutes: sum.expectedMinutes + expectedMinutes,
        expectedWaiting: sum.expectedWaiting + expectedWaiting,
        days: sum.days + 1,
      })
    }
  }
  return [...sums.values()]
    .filter((s) => s.days * 2 >= (openDays.get(s.weekday) ?? 0))
    .map(({ weekday, hour, expectedMinutes, expectedWaiting, days }) => ({
      weekday,
      hour,
      expectedMinutes: Math.round(expectedMinutes / days),
      expectedWaiting: Math.round(expectedWaiting / days),
    }))
    .sort(byQuiet)
    .slice(0, options.limit ?? 3)
}

/**
 * Today's expected wait hour by hour at one counter, for the office page's table: only the hours in which
 * the counter is certainly open (an announced opening the catalog cannot date is left out, as everywhere in
 * the forecast), with the hour `now` falls in marked.
 */
export function dayByHour(officeId: string, now: Date, context: ForecastContext, options: Options = {}): DayHour[] {
  const found = target(officeId, context, options)
  if (!found) return []
  const { date, minutes } = tokyoTime(now)
  const currentHour = Math.floor(minutes / 60)
  return daySlots(found.office, found.counterId, date, context.calendar).map(
    ({ hour, expectedMinutes, expectedWaiting }) => ({
      hour,
      expectedMinutes,
      expectedWaiting,
      current: hour === currentHour,
    }),
  )
}

/**
 * When to go so that a procedure is done by `due`: the quietest hour from `from` to `due`. The last open
 * day is kept in reserve when there is a choice, because a missing document means a second visit.
 */
export function bestDayBefore(
  due: IsoDate,
  context: ForecastContext,
  options: Options & { officeId: string; from: IsoDate; notBefore?: Date },
): DaySuggestion | null {
  const found = target(options.officeId, context, options)
  if (!found) return null
  const days = datesBetween(options.from, due)
    .map(
      (date) =>
        daySlots(found.office, found.counterId, date, context.calendar, options.notBefore?.getTime()).sort(byQuiet)[0],
    )
    .filter((best): best is DaySuggestion => best !== undefined)
  const choices = days.length > 1 ? days.slice(0, -1) : days
  return choices.reduce<DaySuggestion | null>((best, day) => (best && byQuiet(best, day) <= 0 ? best : day), null)
}
