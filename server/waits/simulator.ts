// The simulated /api/waits.json: the ward's feed as the contract fixes it (docs/waits-feed-contract.md),
// with the HTTP caching a real adapter must offer, and optional faults for tests.
import { createHash } from 'node:crypto'
import { setTimeout as sleep } from 'node:timers/promises'
import { wardData, type WardData } from './catalog'
import { buildWaitsDocument } from './document'
import { MAX_SLOW_MS, type WaitsFaults } from './faults'

export { faultsFromQuery, type WaitsFaults } from './faults'
export { buildWaitsDocument } from './document'

export interface SimulatorOptions {
  /** "Now"; tests fix it. */
  clock?: () => Date
  faults?: WaitsFaults
  /** Offices and calendar; by default the catalog's, loaded once. */
  ward?: WardData
}

export interface SimulatorRequest {
  ifNoneMatch?: string | null
}

export interface SimulatorResponse {
  status: number
  headers: Record<string, string>
  body: string
}

// Browsers revalidate every poll; a CDN may answer for 15 s, so the ticket system is asked ≤ 4 times a minute.
export const CACHE_CONTROL = 'no-cache, s-maxage=15'

export function etagOf(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`
}

function matches(ifNoneMatch: string | null | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false
  return ifNoneMatch.split(',').some((tag) => {
    const t = tag.trim()
    return t === '*' || t.replace(/^W\//, '') === etag
  })
}

function body(now: Date, faults: WaitsFaults, ward: WardData): string {
  const document = buildWaitsDocument(faults.stuckAt ?? now, ward)
  if (!faults.invalid) return JSON.stringify(document)
  // The mistakes an adapter is likely to make: a string version and a local time without offset.
  return JSON.stringify({ ...document, version: '1', generatedAt: document.generatedAt.slice(0, 19) })
}

export async function simulateWaits(request: SimulatorRequest = {}, options: SimulatorOptions = {}): Promise<SimulatorResponse> {
  const faults = options.faults ?? {}
  if (faults.slowMs) await sleep(Math.min(MAX_SLOW_MS, faults.slowMs))
  if (faults.unavailable) {
    return {
      status: faults.unavailable.status,
      headers: { 'Content-Type': 'application/json; charset=utf-8', 'Retry-After': String(faults.unavailable.retryAfterSeconds), 'Cache-Control': 'no-store' },
      body: JSON.stringify({ error: 'the ticket system is not answering' }),
    }
  }
  const text = body(options.clock?.() ?? new Date(), faults, options.ward ?? wardData())
  const etag = etagOf(text)
  if (matches(request.ifNoneMatch, etag)) return { status: 304, headers: { ETag: etag, 'Cache-Control': CACHE_CONTROL }, body: '' }
  return { status: 200, headers: { 'Content-Type': 'application/json; charset=utf-8', ETag: etag, 'Cache-Control': CACHE_CONTROL }, body: text }
}
