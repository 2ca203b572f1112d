// The client's waits state as a pure reducer: every answer from the feed goes through `reduceWaits`, and
// the last good document survives any number of bad answers, failures and refusals.
import { validateFeed, type WaitsDocument } from './feed'
import { parseRfc3339 } from './rfc3339'

export { type CounterWaits, type OfficeWaits, type ShownStatus, view, type WaitsView } from './view'

export interface GoodWaits {
  document: WaitsDocument
  /** generatedAt in ms: every age shown comes from it, never from the fetch time. */
  generatedAt: number
  fetchedAt: number
}

export interface WaitsState {
  good: GoodWaits | null
  /** Why the last answer was refused, or the entries dropped from the last document used. */
  errors: readonly string[]
  /** Failures and refusals since the last good or unchanged answer; drives the back-off. */
  failures: number
  /** From Retry-After: no request before this time (ms). */
  retryNotBefore: number | null
}

export type WaitsEvent =
  /** A 200 answer; also how a document saved on the device is restored (at = when it was fetched). */
  | { type: 'received'; json: unknown; at: Date }
  /** A 304: the document we hold is still the ticket system's latest. */
  | { type: 'not-modified'; at: Date }
  | { type: 'failed'; at: Date; reason: string; retryAfterSeconds?: number | null }

export const initialWaitsState: WaitsState = { good: null, errors: [], failures: 0, retryNotBefore: null }

export function reduceWaits(state: WaitsState, event: WaitsEvent): WaitsState {
  const at = event.at.getTime()
  switch (event.type) {
    case 'not-modified':
      return { ...state, failures: 0, retryNotBefore: null }
    case 'failed': {
      const wait = event.retryAfterSeconds
      const retryNotBefore = typeof wait === 'number' && wait > 0 && Number.isFinite(wait) ? at + wait * 1000 : null
      return { ...state, errors: [event.reason], failures: state.failures + 1, retryNotBefore }
    }
    case 'received': {
      const { document, errors } = validateFeed(event.json, event.at)
      if (!document) return { ...state, errors, failures: state.failures + 1, retryNotBefore: null }
      const generatedAt = parseRfc3339(document.generatedAt) ?? 0
      // A slow answer can overtake a newer one; older numbers never replace newer ones.
      if (state.good && generatedAt < state.good.generatedAt) {
        return { ...state, errors: ['document: older than the data already shown'], failures: 0, retryNotBefore: null }
      }
      return { good: { document, generatedAt, fetchedAt: at }, errors, failures: 0, retryNotBefore: null }
    }
  }
}

/**
 * How long to wait before the next poll: the interval, doubled per failure (to maxMs), never before Retry-After.
 * `jitter` scales the back-off only, so phones that lost the feed together spread out without ever asking
 * earlier than the server allowed.
 */
export function pollDelay(state: WaitsState, now: Date, intervalMs = 30_000, maxMs = 300_000, jitter = 1): number {
  const backoff = Math.min(maxMs, intervalMs * 2 ** Math.min(state.failures, 10)) * jitter
  const retry = state.retryNotBefore === null ? 0 : state.retryNotBefore - now.getTime()
  return Math.max(backoff, retry)
}

/** Retry-After as seconds from now: either delay-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function retryAfterSeconds(header: string | null | undefined, now: Date): number | null {
  if (!header) return null
  const text = header.trim()
  if (/^\d{1,9}$/.test(text)) return Number(text)
  const date = text.length <= 40 ? Date.parse(text) : NaN
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - now.getTime()) / 1000))
}
