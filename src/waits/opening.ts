// Whether an office or one of its counters is open at an instant, from the catalog's regular hours and
// extra openings, on Tokyo's clock. Announced openings (赤羽's Sundays, the evening certificate desk) have
// dates the ward publishes month by month; the catalog does not hold them, so they are "to-confirm",
// never guessed open or closed.
import type { IsoDate, WardCalendar } from '../calendar/dates'
import type { ExtraOpening, Office } from '../catalog/schema'
import { clockMinutes, type TokyoTime, tokyoTime } from './tokyo'

export type OpeningState = 'open' | 'to-confirm' | 'closed'
export type CounterKind = 'registration' | 'certificates' | 'other'

/**
 * The catalog names counters "<office>-registration" and "<office>-certificates" for the 転入・転出 and
 * certificate desks; extra openings say which of those two they serve.
 */
export function counterKind(counterId: string): CounterKind {
  if (counterId.endsWith('-registration')) return 'registration'
  if (counterId.endsWith('-certificates')) return 'certificates'
  return 'other'
}

const HANDLED_BY = { registration: 'moves', certificates: 'certificates', other: null } as const
const RANK: Record<OpeningState, number> = { closed: 0, 'to-confirm': 1, open: 2 }
const best = (a: OpeningState, b: OpeningState) => (RANK[b] > RANK[a] ? b : a)
const within = (t: TokyoTime, open: string, close: string) =>
  t.minutes >= clockMinutes(open) && t.minutes < clockMinutes(close)
// 12/29–1/3 closes every desk, including the extra ones.
const isYearEnd = (date: IsoDate) => date.slice(5) >= '12-29' || date.slice(5) <= '01-03'

function isRegularDay(office: Office, t: TokyoTime, calendar: WardCalendar): boolean {
  return !calendar.isClosed(t.date) && office.hours.some((h) => h.days.includes(t.weekday))
}

function extraState(office: Office, extra: ExtraOpening, t: TokyoTime, calendar: WardCalendar): OpeningState {
  const month = Number(t.date.slice(5, 7))
  if (extra.exceptMonths?.includes(month) || isYearEnd(t.date) || !within(t, extra.open, extra.close)) return 'closed'
  if (extra.pattern === 'nth-weekday') {
    const nth = Math.ceil(Number(t.date.slice(8, 10)) / 7)
    if (t.weekday !== extra.weekday || nth !== extra.nth || calendar.isClosed(t.date)) return 'closed'
    return extra.uncertain ? 'to-confirm' : 'open'
  }
  // An announced opening on a named weekday stands alone (赤羽's Sunday); without one it extends an open day.
  if (extra.weekday ? t.weekday !== extra.weekday : !isRegularDay(office, t, calendar)) return 'closed'
  return 'to-confirm'
}

export function counterOpening(office: Office, counterId: string, at: Date, calendar: WardCalendar): OpeningState {
  const t = tokyoTime(at)
  const regular = office.hours.some((h) => h.days.includes(t.weekday) && within(t, h.open, h.close))
  if (regular && !calendar.isClosed(t.date)) return 'open'
  const handled = HANDLED_BY[counterKind(counterId)]
  if (!handled) return 'closed'
  return (office.extra ?? [])
    .filter((extra) => extra.handles.includes(handled))
    .reduce<OpeningState>((state, extra) => best(state, extraState(office, extra, t, calendar)), 'closed')
}

/** The office as a whole: open if any of its counters is. */
export function officeOpening(office: Office, at: Date, calendar: WardCalendar): OpeningState {
  return office.counters.reduce<OpeningState>(
    (state, c) => best(state, counterOpening(office, c.id, at, calendar)),
    'closed',
  )
}

/** Open for certain at this instant (an announced opening that may be on is not "open"). */
export function isOfficeOpen(office: Office, at: Date, calendar: WardCalendar): boolean {
  return officeOpening(office, at, calendar) === 'open'
}
