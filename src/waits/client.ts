// The waits client, created with everything it touches (fetch, store, clock, timers) so that every rule
// here is unit-tested with fakes. Every request — the first, the timer, the tab shown again, the network
// back — goes through one scheduler, and the scheduler never asks before the interval, the back-off or
// the server's Retry-After allows it, nor while another request is still out. A wake-up only makes sure
// a timer is armed: phones that flap between signal and none must not hammer a feed that said "later".
import { type FeedFetch, requestFeed } from './request'
import { initialWaitsState, pollDelay, reduceWaits, type WaitsState } from './state'
import type { WaitsStore } from './store'

export type { FeedFetch, FeedResponse } from './request'

export interface Timers {
  setTimeout(run: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

export interface WaitsClientOptions {
  fetch: FeedFetch
  store: WaitsStore
  /** Milliseconds since the epoch. */
  clock: () => number
  timers?: Timers
  /** 0 ≤ x < 1, for the back-off's jitter. */
  random?: () => number
  url: string
  intervalMs?: number
  /** The longest back-off (before jitter); a server's Retry-After may ask for longer. */
  maxDelayMs?: number
  timeoutMs?: number
}

export interface WaitsClient {
  getState(): WaitsState
  subscribe(listener: (state: WaitsState) => void): () => void
  /** Shows the document kept on the device, unless something newer is shown already. */
  restore(): Promise<void>
  start(): void
  /** Cancels the timer and the request in flight. */
  stop(): void
  /** The page is visible and online: only then is a request scheduled. */
  setActive(active: boolean): void
}

// Timers fire at once for anything longer (2^31 − 1 ms, about 24.8 days); a longer wait is re-armed in steps.
const LONGEST_TIMER_MS = 2 ** 31 - 1

const platformTimers: Timers = {
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
}

export function createWaitsClient(options: WaitsClientOptions): WaitsClient {
  const { fetch, store, clock, url } = options
  const timers = options.timers ?? platformTimers
  const random = options.random ?? Math.random
  const intervalMs = options.intervalMs ?? 60_000
  const maxDelayMs = options.maxDelayMs ?? 10 * intervalMs
  const timeoutMs = options.timeoutMs ?? 10_000

  let state = initialWaitsState
  const listeners = new Set<(state: WaitsState) => void>()
  let etag: string | null = null
  let running = false
  let active = false
  /** No request before this instant (ms). 0: the first one goes at once. */
  let notBefore = 0
  /** The wait that set it: a clock set back must not stretch it. */
  let planned = 0
  let timer: unknown
  let inFlight: AbortController | null = null

  function set(next: WaitsState) {
    state = next
    for (const listener of listeners) listener(state)
  }

  /** The one way a request is sent. */
  function schedule() {
    if (timer !== undefined) timers.clearTimeout(timer)
    timer = undefined
    // A request in flight schedules the next one when it ends.
    if (!running || !active || inFlight) return
    notBefore = Math.min(notBefore, clock() + planned)
    const wait = Math.max(0, notBefore - clock())
    const longest = wait > LONGEST_TIMER_MS
    timer = timers.setTimeout(
      () => {
        timer = undefined
        // The timer, not the wall clock, says when a wait is over; only a wait too long for one timer is armed again.
        if (longest) schedule()
        else void poll()
      },
      longest ? LONGEST_TIMER_MS : wait,
    )
  }

  async function poll() {
    const controller = new AbortController()
    inFlight = controller
    const timeout = timers.setTimeout(() => controller.abort(), timeoutMs)
    const answer = await requestFeed(fetch, url, etag, controller.signal, new Date(clock()))
    timers.clearTimeout(timeout)
    // Stopped meanwhile: the answer is dropped, and a new start schedules afresh.
    if (inFlight !== controller) return
    inFlight = null
    const before = state.good
    set(reduceWaits(state, answer.event))
    if (state.good && state.good !== before) {
      // The ETag names the document now shown, never one that was refused or older.
      etag = answer.etag ?? null
      void store.save(state.good.document, state.good.fetchedAt).catch(() => undefined)
    }
    const now = clock()
    // Spread out the phones that lost the feed together, so they do not come back together.
    const jitter = state.failures ? 0.8 + random() * 0.4 : 1
    planned = pollDelay(state, new Date(now), intervalMs, maxDelayMs, jitter)
    notBefore = now + planned
    schedule()
  }

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    async restore() {
      const saved = await store.load().catch(() => null)
      if (!saved) return
      // Validated again, as on arrival: what a device kept may come from an older app or be damaged.
      const restored = reduceWaits(initialWaitsState, {
        type: 'received',
        json: saved.document,
        at: new Date(saved.fetchedAt),
      })
      if (!restored.good || (state.good && state.good.generatedAt >= restored.good.generatedAt)) return
      // Only the document: the back-off and Retry-After of this page's own requests stand.
      set({ ...state, good: restored.good })
    },
    start() {
      running = true
      schedule()
    },
    stop() {
      running = false
      schedule()
      const request = inFlight
      inFlight = null
      request?.abort()
    },
    setActive(on) {
      active = on
      schedule()
    },
  }
}
