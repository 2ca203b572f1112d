// One poller per page load: every 60 s while the page is visible and online, with If-None-Match,
// back-off with jitter on errors and Retry-After honoured. The last good document is kept on the
// device so a reload, or no signal, still shows the last numbers with their time.
import { computed, effectScope, shallowRef, watch, type ComputedRef, type Ref } from 'vue'
import { useDocumentVisibility, useNow, useOnline } from '@vueuse/core'
import catalog from 'virtual:catalog'
import { wardCalendar } from '../calendar/dates'
import { initialWaitsState, pollDelay, reduceWaits, retryAfterSeconds, view, type WaitsEvent, type WaitsState, type WaitsView } from './state'
import type { NaviDatabase } from '../plans/db'

export const FEED_URL = import.meta.env.VITE_WAITS_URL ?? '/api/waits.json'
const INTERVAL_MS = 60_000
const SAVED_KEY = 'waits.lastGood'

const calendar = wardCalendar(catalog.holidays)
const state = shallowRef<WaitsState>(initialWaitsState)
let etag: string | null = null

function dispatch(event: WaitsEvent) {
  const before = state.value.good
  state.value = reduceWaits(state.value, event)
  const good = state.value.good
  if (good && good !== before) void save(good.document, good.fetchedAt)
}

let opened: Promise<NaviDatabase | null> | undefined

/** Opened once per page: every save of a new document reuses it. */
function database(): Promise<NaviDatabase | null> {
  opened ??= (async () => {
    try {
      // The database library loads after the first screen; the numbers do not wait for it.
      const { NaviDatabase } = await import('../plans/db')
      const db = new NaviDatabase()
      await db.open()
      return db
    } catch {
      return null
    }
  })()
  return opened
}

async function save(document: unknown, fetchedAt: number) {
  const db = await database()
  await db?.settings.put({ key: SAVED_KEY, value: { document, fetchedAt } }).catch(() => undefined)
}

async function restore() {
  const db = await database()
  const saved = await db?.settings.get(SAVED_KEY).catch(() => undefined)
  const value = saved?.value as { document?: unknown; fetchedAt?: number } | undefined
  if (value?.document && typeof value.fetchedAt === 'number' && !state.value.good) {
    state.value = reduceWaits(state.value, { type: 'received', json: value.document, at: new Date(value.fetchedAt) })
  }
}

async function poll() {
  const at = new Date()
  try {
    const response = await fetch(FEED_URL, { headers: etag ? { 'If-None-Match': etag } : {}, cache: 'no-cache' })
    if (response.status === 304) return dispatch({ type: 'not-modified', at })
    if (!response.ok) {
      return dispatch({ type: 'failed', at, reason: `HTTP ${response.status}`, retryAfterSeconds: retryAfterSeconds(response.headers.get('Retry-After'), at) })
    }
    const text = await response.text()
    // A feed document is small; anything huge is refused before parsing.
    if (text.length > 1_000_000) return dispatch({ type: 'failed', at, reason: 'document too large' })
    const json: unknown = JSON.parse(text)
    dispatch({ type: 'received', json, at })
    if (state.value.good?.fetchedAt === at.getTime()) etag = response.headers.get('ETag')
  } catch (error) {
    dispatch({ type: 'failed', at, reason: error instanceof Error ? error.message : 'network error' })
  }
}

let timer: ReturnType<typeof setTimeout> | undefined

function schedule(active: () => boolean) {
  clearTimeout(timer)
  if (!active()) return
  const base = pollDelay(state.value, new Date(), INTERVAL_MS, 10 * INTERVAL_MS)
  // Jitter on failures, so phones that lost the feed together do not come back together.
  const jitter = state.value.failures ? 0.8 + Math.random() * 0.4 : 1
  timer = setTimeout(() => void poll().then(() => schedule(active)), base * jitter)
}

interface Shared {
  waits: ComputedRef<WaitsView>
  now: Ref<Date>
}
let shared: Shared | undefined

function start(): Shared {
  // Lives as long as the page, not as long as the first component that asked for it; every counter
  // on the page shares this one clock and this one view.
  return effectScope(true).run(() => {
    const visibility = useDocumentVisibility()
    const online = useOnline()
    const active = () => visibility.value === 'visible' && online.value
    watch(active, (on) => {
      clearTimeout(timer)
      if (on) void poll().then(() => schedule(active))
    })
    void restore().then(() => (active() ? poll() : undefined)).then(() => schedule(active))
    const now = useNow({ interval: 30_000 })
    return { now, waits: computed(() => view(state.value, now.value, calendar, catalog.offices)) }
  }) as Shared
}

/** Live waits beside the counters; the clock ticks each minute so "stale" appears on time. */
export function useWaits() {
  shared ??= start()
  return { ...shared, calendar }
}
