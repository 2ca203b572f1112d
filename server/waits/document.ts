// A feed document as the ward's ticket system would send it, from the same model the forecast uses plus
// deterministic noise, so that tests and the demo see believable, repeatable numbers.
import type { Office } from '../../src/catalog/schema'
import type { FeedCounter, FeedOffice, WaitsDocument } from '../../src/waits/feed'
import { expectedAt } from '../../src/waits/model'
import { type CounterKind, counterKind, counterOpening, officeOpening } from '../../src/waits/opening'
import { clockMinutes, tokyoTime } from '../../src/waits/tokyo'
import type { WardData } from './catalog'

/** Ticket systems publish snapshots; one per 30 s keeps the body, and so the ETag, stable between polls. */
export const SNAPSHOT_MS = 30_000
const TICKET_EVERY_MINUTES: Record<CounterKind, number> = { registration: 2.5, certificates: 1, other: 6 }

/** FNV-1a, then a few xorshift rounds: the same counter at the same snapshot always gets the same noise. */
function noise(key: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193)
  for (let i = 0; i < 3; i++) {
    h ^= h << 13
    h ^= h >>> 17
    h ^= h << 5
  }
  return (h >>> 0) / 0x1_0000_0000
}

export function rfc3339Tokyo(ms: number): string {
  return `${new Date(ms + 9 * 3_600_000).toISOString().slice(0, 19)}+09:00`
}

function counter(office: Office, id: string, at: Date, ward: WardData): FeedCounter {
  if (counterOpening(office, id, at, ward.calendar) !== 'open') {
    return { id, status: 'closed', waiting: 0, calling: null, estimatedMinutes: null }
  }
  const expected = expectedAt(office, id, at, ward.calendar)
  const jitter = 0.8 + 0.4 * noise(`${id}@${at.getTime()}`)
  const sinceOpening = Math.max(0, tokyoTime(at).minutes - clockMinutes(office.hours[0]?.open ?? '08:30'))
  return {
    id,
    status: 'open',
    waiting: Math.min(999, Math.round(expected.waiting * jitter)),
    calling: (1 + Math.floor(sinceOpening / TICKET_EVERY_MINUTES[counterKind(id)])) % 10_000,
    estimatedMinutes: Math.min(600, Math.round(expected.minutes * jitter)),
  }
}

function office(o: Office, at: Date, ward: WardData): FeedOffice {
  // Announced openings have no dates in the catalog, so the simulated ticket system never runs on them.
  if (officeOpening(o, at, ward.calendar) !== 'open') return { id: o.id, status: 'closed', counters: [] }
  return { id: o.id, status: 'open', counters: o.counters.map((c) => counter(o, c.id, at, ward)) }
}

/** When the snapshot containing `now` was taken: everything in a document is a function of this instant. */
export function snapshotStart(now: Date): number {
  return Math.floor(now.getTime() / SNAPSHOT_MS) * SNAPSHOT_MS
}

/** The document for the snapshot containing `now` (Asia/Tokyo), every catalog office and counter. */
export function buildWaitsDocument(now: Date, ward: WardData): WaitsDocument {
  const at = new Date(snapshotStart(now))
  return { version: 1, generatedAt: rfc3339Tokyo(at.getTime()), offices: ward.offices.map((o) => office(o, at, ward)) }
}
