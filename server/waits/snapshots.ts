// Each snapshot's body and ETag, built once. In office hours a document takes milliseconds to build;
// built per request, 200 residents polling at once queued behind each other (review 2026-11-25:
// 300 req/s, timeouts). The document only changes when the snapshot does, so every poll inside one
// snapshot can be answered with the same bytes, 304s included.
import { createHash } from 'node:crypto'

import type { WaitsDocument } from '../../src/waits/feed'
import type { WardData } from './catalog'
import { buildWaitsDocument, snapshotStart } from './document'

export interface Snapshot {
  body: string
  etag: string
  /** Bytes in the UTF-8 body, counted once rather than per answer. */
  length: number
}

export type DocumentBuilder = (at: Date, ward: WardData) => WaitsDocument

export interface SnapshotCache {
  /** The body for the snapshot containing `at`; `invalid` makes it break the contract (a fault for tests). */
  get(at: Date, invalid: boolean, ward: WardData): Snapshot
}

/** The current snapshot, the one just before it (a poll in flight) and a few stuck-clock faults. */
const KEPT = 8

export function etagOf(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`
}

function bodyOf(document: WaitsDocument, invalid: boolean): string {
  if (!invalid) return JSON.stringify(document)
  // The mistakes an adapter is likely to make: a string version and a local time without offset.
  return JSON.stringify({ ...document, version: '1', generatedAt: document.generatedAt.slice(0, 19) })
}

export function snapshotCache(build: DocumentBuilder = buildWaitsDocument): SnapshotCache {
  const kept = new Map<string, { ward: WardData; snapshot: Snapshot }>()
  return {
    get(at, invalid, ward) {
      const key = `${snapshotStart(at)}${invalid ? ':invalid' : ''}`
      const hit = kept.get(key)
      if (hit?.ward === ward) return hit.snapshot
      const body = bodyOf(build(at, ward), invalid)
      const snapshot = { body, etag: etagOf(body), length: Buffer.byteLength(body) }
      kept.delete(key)
      kept.set(key, { ward, snapshot })
      // Maps iterate in insertion order, so the first key is the one built longest ago.
      if (kept.size > KEPT) kept.delete(kept.keys().next().value!)
      return snapshot
    },
  }
}
