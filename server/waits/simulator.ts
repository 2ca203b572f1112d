// The simulated /api/waits.json: the ward's feed as the contract fixes it (docs/waits-feed-contract.md),
// with the HTTP caching a real adapter must offer, and optional faults for tests.
import { setTimeout as sleep } from 'node:timers/promises'

import { type WardData, wardData } from './catalog'
import { MAX_SLOW_MS, type WaitsFaults } from './faults'
import { type SnapshotCache, snapshotCache } from './snapshots'

export { buildWaitsDocument } from './document'
export { faultsFromQuery, type WaitsFaults } from './faults'
export { etagOf, type SnapshotCache, snapshotCache } from './snapshots'

export interface SimulatorOptions {
  /** "Now"; tests fix it. */
  clock?: () => Date
  faults?: WaitsFaults
  /** Offices and calendar; by default the catalog's, loaded once. */
  ward?: WardData
  /** Where built snapshots are kept; by default one cache for the whole process. */
  snapshots?: SnapshotCache
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

const shared = snapshotCache()

function matches(ifNoneMatch: string | null | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false
  return ifNoneMatch.split(',').some((tag) => {
    const t = tag.trim()
    return t === '*' || t.replace(/^W\//, '') === etag
  })
}

export async function simulateWaits(
  request: SimulatorRequest = {},
  options: SimulatorOptions = {},
): Promise<SimulatorResponse> {
  const faults = options.faults ?? {}
  if (faults.slowMs) await sleep(Math.min(MAX_SLOW_MS, faults.slowMs))
  if (faults.unavailable) {
    return {
      status: faults.unavailable.status,
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'Retry-After': String(faults.unavailable.retryAfterSeconds),
        'Cache-Control': 'no-store',
      },
      body: JSON.stringify({ error: 'the ticket system is not answering' }),
    }
  }
  const now = faults.stuckAt ?? options.clock?.() ?? new Date()
  const { body, etag, length } = (options.snapshots ?? shared).get(
    now,
    faults.invalid ?? false,
    options.ward ?? wardData(),
  )
  if (matches(request.ifNoneMatch, etag))
    return { status: 304, headers: { ETag: etag, 'Cache-Control': CACHE_CONTROL }, body: '' }
  const headers = {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(length),
    ETag: etag,
    'Cache-Control': CACHE_CONTROL,
  }
  return { status: 200, headers, body }
}
