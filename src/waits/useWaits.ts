// Live waits beside the counters: one client per page (client.ts), fed by the page's visibility and the
// network, and one clock that ticks so "stale" appears on time. Every counter on the page shares them.
import { useDocumentVisibility, useNow, useOnline } from '@vueuse/core'
import { computed, type ComputedRef, effectScope, type Ref, shallowRef, watch } from 'vue'

import { type WardCalendar, wardCalendar } from '../calendar/dates'
import { useCatalog } from '../catalog/useCatalog'
import { createWaitsClient } from './client'
import type { ForecastContext } from './forecast'
import { initialWaitsState, view, type WaitsView } from './state'
import { lazyWaitsStore, memoryWaitsStore, type WaitsStore } from './store'

export const FEED_URL = import.meta.env.VITE_WAITS_URL ?? '/api/waits.json'

/** `device`: the last good document survives a reload. `memory`: nothing is written (a shared kiosk). */
export type WaitsStorage = 'device' | 'memory'

// The catalog is read here and nowhere else in the waits; components get offices and calendar from useWaits. Read
// when the first counter asks, not when the app's code loads (a slow phone's first touch runs that code).
let context: ForecastContext | undefined
function catalogContext(): ForecastContext {
  if (!context) {
    const { catalog } = useCatalog()
    context = { offices: catalog.offices, calendar: wardCalendar(catalog.holidays) }
  }
  return context
}
let storage: WaitsStorage = 'device'

interface Shared {
  waits: ComputedRef<WaitsView>
  now: Ref<Date>
}
let shared: Shared | undefined

/** Chooses where the last good document is kept; call it before the first useWaits (kiosk mode: 'memory'). */
export function configureWaitsStorage(kind: WaitsStorage) {
  if (shared && kind !== storage) throw new Error('configureWaitsStorage: the waits client has already started')
  storage = kind
}

export function waitsStore(kind: WaitsStorage): WaitsStore {
  // The database library loads after the first screen; the numbers do not wait for it.
  return kind === 'memory'
    ? memoryWaitsStore()
    : lazyWaitsStore(() => import('./db').then((db) => db.deviceWaitsStore()))
}

function start(): Shared {
  // Lives as long as the page, not as long as the first component that asked for it.
  return effectScope(true).run(() => {
    const client = createWaitsClient({
      fetch: (url, init) => fetch(url, init),
      store: waitsStore(storage),
      clock: () => Date.now(),
      url: FEED_URL,
    })
    const state = shallowRef(client.getState())
    client.subscribe((next) => (state.value = next))
    const visibility = useDocumentVisibility()
    const online = useOnline()
    // A wake-up only tells the client it may ask; when it asks is the client's one scheduler's call.
    watch(
      () => visibility.value === 'visible' && online.value,
      (active) => client.setActive(active),
      { immediate: true },
    )
    void client.restore()
    client.start()
    const now = useNow({ interval: 30_000 })
    const { offices, calendar } = catalogContext()
    return { now, waits: computed(() => view(state.value, now.value, calendar, offices)) }
  }) as Shared
}

/** On the server, a page is drawn as a phone first draws it: no numbers yet, and no client started. */
function drawnOnServer(): Shared {
  const now = shallowRef(new Date())
  const { offices, calendar } = catalogContext()
  return { now, waits: computed(() => view(initialWaitsState, now.value, calendar, offices)) }
}

export function useWaits(): Shared & { calendar: WardCalendar; forecast: ForecastContext } {
  const forecast = catalogContext()
  if (import.meta.env.SSR) return { ...drawnOnServer(), calendar: forecast.calendar, forecast }
  shared ??= start()
  return { ...shared, calendar: forecast.calendar, forecast }
}
