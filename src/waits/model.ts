// One model of the ward's day, used both by the simulator (plus noise) and by the offline forecast, so
// the two can never disagree. It encodes the published busy patterns (docs: kita-facts §4): the moving
// season from mid-March to early April with waits of hours, Mondays and the day after a holiday, the
// first and last working days of a month, a 9–10 o'clock rush, slower service while staff rotate for
// lunch (11–14), and quiet just after opening and late in the afternoon. The numbers are estimates, not
// measurements: Kita publishes no waiting data.
import { addDays, type IsoDate, type WardCalendar, weekday } from '../calendar/dates'
import type { Office } from '../catalog/schema'
import { type CounterKind, counterKind, counterOpening } from './opening'
import { tokyoTime } from './tokyo'

export interface Expected {
  waiting: number
  minutes: number
}

/** An ordinary Tuesday: people in the queue and minutes each of them adds. */
const BASE: Record<CounterKind, { people: number; minutesEach: number }> = {
  registration: { people: 8, minutesEach: 3.5 },
  certificates: { people: 4, minutesEach: 1.5 },
  other: { people: 2, minutesEach: 6 },
}

/** [from minute of day, queue factor, minutes-per-person factor] */
const DAY_SHAPE: readonly (readonly [number, number, number])[] = [
  [0, 0, 1],
  [8 * 60 + 30, 0.45, 1], // just after opening: nobody has queued up yet
  [9 * 60, 1.5, 1],
  [10 * 60, 1.25, 1],
  [11 * 60, 1.15, 1.4], // fewer windows staffed while staff take lunch in turns
  [14 * 60, 0.85, 1],
  [15 * 60 + 30, 0.55, 1],
  [17 * 60, 0.7, 1], // evening desks
  [19 * 60, 0, 1],
]

const WEEKDAY: readonly number[] = [1.2, 1.3, 1, 0.9, 0.95, 1.1, 1.2] // sun…sat

function season(date: IsoDate, kind: CounterKind): number {
  const md = date.slice(5)
  const pick = (f: Record<CounterKind, number>) => f[kind]
  if (md >= '03-25' && md <= '04-05') return pick({ registration: 5, certificates: 2.2, other: 1.4 })
  if (md >= '03-15' && md <= '04-10') return pick({ registration: 3.5, certificates: 1.8, other: 1.3 })
  if (md >= '03-01' && md <= '04-20') return pick({ registration: 1.6, certificates: 1.3, other: 1.1 })
  // June–July: 課税証明 for school, nursery and benefit applications.
  if (md >= '06-01' && md <= '07-31') return pick({ registration: 1, certificates: 1.3, other: 1 })
  return 1
}

/** After more closed days than an ordinary weekend, the queue of the closed days arrives at once. */
function isAfterHoliday(date: IsoDate, calendar: WardCalendar): boolean {
  let closed = 0
  while (closed < 10 && calendar.isClosed(addDays(date, -(closed + 1)))) closed += 1
  return closed > (weekday(date) === 1 ? 2 : 0)
}

function openDaysBetween(from: IsoDate, to: IsoDate, calendar: WardCalendar): number {
  let count = 0
  for (let d = from; d <= to; d = addDays(d, 1)) if (!calendar.isClosed(d)) count += 1
  return count
}

function isMonthEdge(date: IsoDate, calendar: WardCalendar): boolean {
  const first = `${date.slice(0, 8)}01`
  const last = addDays(`${addDays(first, 32).slice(0, 8)}01`, -1)
  return openDaysBetween(first, date, calendar) <= 3 || openDaysBetween(date, last, calendar) <= 3
}

/** How much busier than an ordinary Tuesday this day is at a counter of this kind. */
export function dayFactor(date: IsoDate, kind: CounterKind, calendar: WardCalendar): number {
  const day = weekday(date)
  const ordinary = WEEKDAY[day] ?? 1
  // A Monday after a long weekend carries both the Monday and the holiday queue.
  const busiest = isAfterHoliday(date, calendar) ? Math.max(ordinary, 1.35) * (day === 1 ? 1.15 : 1) : ordinary
  return busiest * (isMonthEdge(date, calendar) ? 1.2 : 1) * season(date, kind)
}

/** The queue at a minute of the day on a day `factor` times as busy as an ordinary Tuesday. */
export function queueAt(kind: CounterKind, minuteOfDay: number, factor: number): Expected {
  const [, queue, slower] = DAY_SHAPE.findLast(([from]) => minuteOfDay >= from) ?? [0, 0, 1]
  const people = BASE[kind].people * queue * factor
  return {
    waiting: Math.min(999, Math.round(people)),
    minutes: Math.min(600, Math.round(people * BASE[kind].minutesEach * slower)),
  }
}

/** The expected queue at a counter of this kind, assuming it is open at that minute. */
export function expectedWait(kind: CounterKind, date: IsoDate, minuteOfDay: number, calendar: WardCalendar): Expected {
  return queueAt(kind, minuteOfDay, dayFactor(date, kind, calendar))
}

/** The expected queue at a catalog counter at an instant: zero unless it is certainly open then. */
export function expectedAt(office: Office, counterId: string, at: Date, calendar: WardCalendar): Expected {
  if (counterOpening(office, counterId, at, calendar) !== 'open') return { waiting: 0, minutes: 0 }
  const t = tokyoTime(at)
  return expectedWait(counterKind(counterId), t.date, t.minutes, calendar)
}
