// What the screen shows for each office and counter at `now`: the feed's numbers with their age, under
// the ward calendar. The calendar wins over the feed, because a resident who trusts a stale "open" walks
// to a locked door; announced openings are the exception, shown as the feed says but marked 要確認.
import type { WardCalendar } from '../calendar/dates'
import type { Office } from '../catalog/schema'
import type { FeedCounter, FeedOffice, FeedStatus } from './feed'
import { counterOpening, type OpeningState } from './opening'
import type { WaitsState } from './state'
import { tokyoClock, tokyoTime } from './tokyo'

export const STALE_AFTER_MS = 10 * 60_000

/** `unknown`: open by the calendar but the feed says nothing we may show (no entry, or yesterday's). */
export type ShownStatus = FeedStatus | 'unknown'

interface Freshness {
  /** "HH:MM" (Asia/Tokyo) of the feed's generatedAt, or null with no data. */
  asOf: string | null
  stale: boolean
  /** Data from an earlier day: numbers are withheld, never shown as current. */
  fromEarlierDay: boolean
}

export interface CounterWaits extends Freshness {
  counterId: string
  status: ShownStatus
  /** An announced opening the catalog cannot date: the ward's notice decides (要確認). */
  toConfirm: boolean
  waiting: number | null
  estimatedMinutes: number | null
  calling: number | null
}

export interface OfficeWaits extends Freshness {
  officeId: string
  status: ShownStatus
  toConfirm: boolean
  counters: CounterWaits[]
}

export interface WaitsView extends Freshness {
  offices: OfficeWaits[]
}

const SEVERITY: Record<ShownStatus, number> = { open: 0, unknown: 1, suspended: 2, closed: 3 }
const worse = (a: ShownStatus, b: ShownStatus) => (SEVERITY[b] > SEVERITY[a] ? b : a)
const NO_NUMBERS = { waiting: null, estimatedMinutes: null, calling: null }

function counterWaits(
  opening: OpeningState,
  office: FeedOffice | undefined,
  counter: FeedCounter | undefined,
  id: string,
  fresh: Freshness,
): CounterWaits {
  const base = { counterId: id, toConfirm: opening === 'to-confirm', ...fresh }
  if (opening === 'closed') return { ...base, status: 'closed', ...NO_NUMBERS }
  if (!office || fresh.fromEarlierDay) return { ...base, status: 'unknown', ...NO_NUMBERS }
  // A closed or suspended office holds its counters with it, listed or not.
  const status = worse(office.status, counter?.status ?? 'unknown')
  if (!counter || status === 'closed' || status === 'unknown') return { ...base, status, ...NO_NUMBERS }
  return {
    ...base,
    status,
    waiting: counter.waiting,
    estimatedMinutes: counter.estimatedMinutes,
    calling: counter.calling,
  }
}

function freshness(state: WaitsState, now: Date): Freshness {
  if (!state.good) return { asOf: null, stale: false, fromEarlierDay: false }
  const { generatedAt } = state.good
  return {
    asOf: tokyoClock(generatedAt),
    stale: now.getTime() - generatedAt > STALE_AFTER_MS,
    fromEarlierDay: tokyoTime(generatedAt).date < tokyoTime(now).date,
  }
}

/** Catalog offices in catalog order; feed ids the catalog does not know are left out. */
export function view(state: WaitsState, now: Date, calendar: WardCalendar, offices: readonly Office[]): WaitsView {
  const fresh = freshness(state, now)
  const feed = new Map(state.good?.document.offices.map((o) => [o.id, o]))
  return {
    ...fresh,
    offices: offices.map((office) => {
      const fromFeed = feed.get(office.id)
      const counters = office.counters.map((c) => {
        const opening = counterOpening(office, c.id, now, calendar)
        return counterWaits(
          opening,
          fromFeed,
          fromFeed?.counters.find((f) => f.id === c.id),
          c.id,
          fresh,
        )
      })
      const shown = counters.filter((c) => c.status !== 'closed')
      const status: ShownStatus =
        shown.length === 0
          ? 'closed'
          : shown.reduce<ShownStatus>((s, c) => (SEVERITY[c.status] < SEVERITY[s] ? c.status : s), 'closed')
      return { officeId: office.id, status, toConfirm: shown.some((c) => c.toConfirm), counters, ...fresh }
    }),
  }
}

/** One counter's line in the view; undefined for a counter the catalog does not list at that office. */
export function counterWaitsOf(waits: WaitsView, officeId: string, counterId: string): CounterWaits | undefined {
  return waits.offices.find((o) => o.officeId === officeId)?.counters.find((c) => c.counterId === counterId)
}
