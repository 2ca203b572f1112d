import { describe, expect, it } from 'vitest'

import { officesOnly, type WardData } from '../../../server/waits/catalog'
import { SNAPSHOT_MS } from '../../../server/waits/document'
import { buildWaitsDocument, simulateWaits, snapshotCache } from '../../../server/waits/simulator'
import { at, ward } from '../waits/fixtures'

/** A body as the feed's readers first see it: any JSON object, checked field by field. */
const json = (body: string) => JSON.parse(body) as Record<string, unknown>

const tuesday = at('2026-11-18', '10:15')
const later = (ms: number) => new Date(tuesday.getTime() + ms)

/** A cache whose builder counts how often it is asked for a document. */
function counted() {
  const built: Date[] = []
  const cache = snapshotCache((when: Date, data: WardData) => {
    built.push(when)
    return buildWaitsDocument(when, data)
  })
  return { cache, built }
}

describe('the snapshot cache', () => {
  it('builds a snapshot once and answers the rest of its period from memory', () => {
    const { cache, built } = counted()
    const first = cache.get(tuesday, false, ward)
    expect(cache.get(later(SNAPSHOT_MS - 1), false, ward)).toBe(first)
    expect(built).toHaveLength(1)
    expect(JSON.parse(first.body)).toEqual(buildWaitsDocument(tuesday, ward))
    expect(first.length).toBe(Buffer.byteLength(first.body))
  })

  it('builds again when the next snapshot starts', () => {
    const { cache, built } = counted()
    const first = cache.get(tuesday, false, ward)
    const next = cache.get(later(SNAPSHOT_MS), false, ward)
    expect(built).toHaveLength(2)
    expect(next.etag).not.toBe(first.etag)
    expect(json(next.body).generatedAt).toBe('2026-11-18T10:15:30+09:00')
  })

  it('keeps the invalid fault’s body apart from the good one', () => {
    const { cache } = counted()
    const good = cache.get(tuesday, false, ward)
    const invalid = cache.get(tuesday, true, ward)
    expect(json(invalid.body).version).toBe('1')
    expect(cache.get(tuesday, false, ward)).toBe(good)
  })

  it('builds again for other offices', () => {
    const { cache, built } = counted()
    cache.get(tuesday, false, ward)
    cache.get(tuesday, false, officesOnly())
    expect(built).toHaveLength(2)
  })

  it('forgets old snapshots, so a long-running server does not grow', () => {
    const { cache, built } = counted()
    for (let i = 0; i < 20; i++) cache.get(later(i * SNAPSHOT_MS), false, ward)
    cache.get(tuesday, false, ward)
    expect(built).toHaveLength(21)
  })
})

describe('the simulator with a snapshot cache', () => {
  it('answers 200s and 304s of one snapshot without building again', async () => {
    const { cache, built } = counted()
    const options = { clock: () => tuesday, ward, snapshots: cache }
    const first = await simulateWaits({}, options)
    const again = await simulateWaits({}, { ...options, clock: () => later(20_000) })
    const revalidated = await simulateWaits({ ifNoneMatch: first.headers.ETag }, options)
    expect(again.body).toBe(first.body)
    expect(revalidated.status).toBe(304)
    expect(first.headers['Content-Length']).toBe(String(Buffer.byteLength(first.body)))
    expect(built).toHaveLength(1)
  })

  it('builds the stuck clock’s snapshot, not the current one', async () => {
    const { cache, built } = counted()
    const stuckAt = at('2026-11-18', '09:40')
    await simulateWaits({}, { clock: () => tuesday, ward, snapshots: cache, faults: { stuckAt } })
    await simulateWaits({}, { clock: () => later(60_000), ward, snapshots: cache, faults: { stuckAt } })
    expect(built).toEqual([stuckAt])
  })
})
