// The client under fake timers and a fake feed: every rule of the one scheduler, without waiting for real time.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { createWaitsClient, type WaitsClientOptions } from '../../../src/waits/client'
import { view } from '../../../src/waits/state'
import { memoryWaitsStore, type WaitsStore } from '../../../src/waits/store'
import { fakeFeed, json, type Reply } from './fake-feed'
import { at, calendar, everyOfficeOpen, offices } from './fixtures'

const AT = at('2026-11-24', '10:15')
const doc = everyOfficeOpen('2026-11-24T10:15:00+09:00')
const unavailable = (retryAfter: string): Reply => ({ status: 503, headers: { 'Retry-After': retryAfter } })

function savingStore(inner: WaitsStore = memoryWaitsStore()) {
  const saved: number[] = []
  const store: WaitsStore = {
    load: () => inner.load(),
    save: (d, fetchedAt) => {
      saved.push(fetchedAt)
      return inner.save(d, fetchedAt)
    },
  }
  return { store, saved }
}

function setup(reply: (n: number) => Reply, options: Partial<WaitsClientOptions> = {}) {
  const feed = fakeFeed(reply)
  const client = createWaitsClient({
    fetch: feed.fetch,
    store: memoryWaitsStore(),
    clock: () => Date.now(),
    random: () => 0.5,
    url: '/api/waits.json',
    ...options,
  })
  /** Visible, online and started, as a page that was just opened. */
  const open = () => {
    client.setActive(true)
    client.start()
  }
  return { feed, client, open }
}

const seconds = (s: number) => vi.advanceTimersByTimeAsync(s * 1000)

beforeEach(() => {
  vi.useFakeTimers({ now: AT })
})
afterEach(() => {
  vi.useRealTimers()
})

describe('one scheduler', () => {
  it('asks at once when opened, then every minute while visible and online, without jitter', async () => {
    const { feed, client, open } = setup(() => json(doc), { random: () => 0 })
    open()
    await seconds(0)
    expect(feed.calls).toHaveLength(1)
    expect(client.getState().good?.document).toEqual(doc)
    await seconds(59)
    expect(feed.calls).toHaveLength(1)
    await seconds(1 + 60 + 60)
    expect(feed.gaps()).toEqual([60, 60, 60])
  })

  it('asks nothing while hidden or offline; shown again, it asks once the minute is over', async () => {
    const { feed, client, open } = setup(() => json(doc))
    open()
    await seconds(10)
    client.setActive(false)
    await seconds(600)
    expect(feed.calls).toHaveLength(1)
    client.setActive(true)
    await seconds(0)
    expect(feed.calls).toHaveLength(2)
    // Back within the minute: the wake-up waits for it.
    client.setActive(false)
    await seconds(10)
    client.setActive(true)
    await seconds(49)
    expect(feed.calls).toHaveLength(2)
    await seconds(1)
    expect(feed.calls).toHaveLength(3)
  })

  it('sends one request, not eleven, when the page wakes ten times during a 503 with Retry-After: 120', async () => {
    // Jitter at its lowest would allow 96 s; the server's 120 s wins.
    const { feed, client, open } = setup(() => unavailable('120'), { random: () => 0 })
    open()
    await seconds(0)
    for (let i = 0; i < 10; i++) {
      client.setActive(false)
      await seconds(1)
      client.setActive(true)
      await seconds(1)
    }
    await seconds(99)
    expect(feed.calls).toHaveLength(1)
    await seconds(1)
    expect(feed.calls).toHaveLength(2)
    expect(feed.gaps()).toEqual([120])
  })

  it('doubles the wait after each failure up to ten minutes, jittered within ±20 %', async () => {
    const draws = [0, 0.999, 0.5, 0.25, 0.75, 0.1]
    let n = 0
    const { feed, open } = setup(() => 'network-error', { random: () => draws[n++ % draws.length]! })
    open()
    await seconds(4_000)
    const base = [120, 240, 480, 600, 600, 600]
    const expected = base.map((b, i) => b * (0.8 + 0.4 * draws[i]!))
    expect(
      feed
        .gaps()
        .slice(0, 6)
        .map((g, i) => Math.abs(g - expected[i]!) < 0.01),
    ).toEqual(base.map(() => true))
    for (const [i, gap] of feed.gaps().entries()) {
      expect(gap).toBeGreaterThanOrEqual(0.8 * (base[i] ?? 600))
      expect(gap).toBeLessThanOrEqual(1.2 * (base[i] ?? 600))
    }
  })

  it('waits as long as Retry-After says when that is longer than the back-off', async () => {
    const { feed, open } = setup((n) => (n === 1 ? unavailable('300') : json(doc)), { random: () => 0.999 })
    open()
    await seconds(299)
    expect(feed.calls).toHaveLength(1)
    await seconds(1)
    expect(feed.gaps()).toEqual([300])
  })

  it('honours a Retry-After longer than a timer can hold, instead of asking at once', async () => {
    const { feed, open } = setup(() => unavailable('3000000')) // 34.7 days
    open()
    await seconds(30 * 86_400)
    expect(feed.calls).toHaveLength(1)
    await seconds(5 * 86_400)
    expect(feed.gaps()).toEqual([3_000_000])
  })

  it("does not stretch a wait when the phone's clock is set back", async () => {
    const { feed, client, open } = setup(() => unavailable('120'), { random: () => 0 })
    open()
    await seconds(0)
    vi.setSystemTime(Date.now() - 3_600_000)
    await seconds(120)
    expect(feed.calls).toHaveLength(2)
    // And a wake-up after the clock went back waits the planned time, not an hour more.
    vi.setSystemTime(Date.now() - 3_600_000)
    client.setActive(false)
    client.setActive(true)
    await seconds(240)
    expect(feed.calls).toHaveLength(3)
  })
})

describe('requests', () => {
  it('gives up on a request that never answers after 10 s, and goes on polling', async () => {
    const { feed, client, open } = setup((n) => (n === 1 ? 'hang' : json(doc)))
    open()
    await seconds(9.999)
    expect(feed.calls[0]?.signal.aborted).toBe(false)
    await seconds(0.001)
    expect(feed.calls[0]?.signal.aborted).toBe(true)
    expect(client.getState()).toMatchObject({ errors: ['no answer in time'], failures: 1 })
    await seconds(120) // the back-off after one failure, jitter 1
    expect(feed.calls).toHaveLength(2)
    expect(client.getState().good?.document).toEqual(doc)
  })

  it('never has two requests out at once, however often it is woken or started', async () => {
    const { feed, client, open } = setup((n) => (n % 2 ? 'hang' : json(doc)))
    open()
    for (let i = 0; i < 9; i++) {
      client.setActive(false)
      client.setActive(true)
      client.start()
      await seconds(1)
    }
    expect(feed.calls).toHaveLength(1)
    await seconds(1_800)
    expect(feed.calls.length).toBeGreaterThan(4)
    expect(feed.overlaps()).toBe(0)
  })

  it('stop aborts the request in flight, drops its answer and asks nothing more; start resumes', async () => {
    const { feed, client, open } = setup((n) => (n === 1 ? 'hang' : json(doc)))
    open()
    await seconds(1)
    client.stop()
    expect(feed.calls[0]?.signal.aborted).toBe(true)
    await seconds(600)
    expect(feed.calls).toHaveLength(1)
    expect(client.getState()).toMatchObject({ good: null, errors: [], failures: 0 })
    client.start()
    await seconds(0)
    expect(feed.calls).toHaveLength(2)
    expect(client.getState().good?.document).toEqual(doc)
  })

  it('sends the ETag as If-None-Match, and a 304 keeps the document without saving it again', async () => {
    const { store, saved } = savingStore()
    const { feed, client, open } = setup((n) => (n === 1 ? json(doc, { ETag: '"one"' }) : { status: 304 }), { store })
    open()
    await seconds(0)
    const good = client.getState().good
    await seconds(60)
    expect(feed.calls.map((c) => c.headers)).toEqual([{}, { 'If-None-Match': '"one"' }])
    expect(client.getState()).toMatchObject({ good, failures: 0 })
    expect(saved).toEqual([AT.getTime()])
  })

  it('never sends the ETag of a refused document', async () => {
    const { feed, open } = setup((n) =>
      n === 1 ? json(doc, { ETag: '"one"' }) : json({ version: 2 }, { ETag: '"two"' }),
    )
    open()
    await seconds(0 + 60 + 120)
    expect(feed.calls.map((c) => c.headers['If-None-Match'])).toEqual([undefined, '"one"', '"one"'])
  })

  it('keeps the last good document through garbage, a refused document, a 500 and a network error', async () => {
    const replies: Reply[] = [
      json(doc),
      { status: 200, body: '<html>busy</html>' },
      json({ version: 2 }),
      { status: 500 },
      'network-error',
    ]
    const { store, saved } = savingStore()
    const { client, open } = setup((n) => replies[n - 1] ?? 'network-error', { store })
    const reasons: string[] = []
    client.subscribe((state) => reasons.push(state.errors[0] ?? 'used'))
    open()
    await seconds(0)
    const good = client.getState().good
    await seconds(3_600)
    expect(reasons.slice(0, 5)).toEqual([
      'used',
      'not JSON',
      expect.stringMatching(/^version: must be 1/),
      'HTTP 500',
      'network error',
    ])
    expect(client.getState().good).toBe(good)
    expect(saved).toHaveLength(1)
  })

  it('refuses a body over 1 MB before parsing it, and does not read one announced as larger', async () => {
    const padded = JSON.stringify(doc) + ' '.repeat(1_000_000) // valid JSON, but no feed is this large
    const replies: Reply[] = [
      { status: 200, body: padded },
      { status: 200, body: JSON.stringify(doc), headers: { 'Content-Length': '2000000' } },
    ]
    const { feed, client, open } = setup((n) => replies[n - 1] ?? json(doc))
    open()
    await seconds(0)
    expect(client.getState()).toMatchObject({ good: null, errors: ['document too large'] })
    await seconds(120)
    expect(feed.calls).toHaveLength(2)
    expect(client.getState()).toMatchObject({ good: null, errors: ['document too large'] })
    expect(feed.bodiesRead()).toBe(1)
  })

  it('shows the numbers even when the device cannot keep them', async () => {
    const store: WaitsStore = {
      load: () => Promise.resolve(null),
      save: () => Promise.reject(new Error('QuotaExceededError')),
    }
    const { feed, client, open } = setup(() => json(doc), { store })
    open()
    await seconds(60)
    expect(feed.calls).toHaveLength(2)
    expect(client.getState().good?.document).toEqual(doc)
  })

  it('keeps the numbers after ten minutes without an answer, marked stale', async () => {
    const { client, open } = setup((n) => (n === 1 ? json(doc) : unavailable('60')))
    open()
    await seconds(600)
    expect(view(client.getState(), new Date(Date.now()), calendar, offices)).toMatchObject({
      stale: false,
      asOf: '10:15',
    })
    await seconds(1)
    const shown = view(client.getState(), new Date(Date.now()), calendar, offices)
    expect(shown.stale).toBe(true)
    expect(shown.offices.find((o) => o.officeId === 'oji')?.counters[0]).toMatchObject({
      status: 'open',
      waiting: 5,
      stale: true,
    })
  })

  it('tells each subscriber of every change until it unsubscribes', async () => {
    const { client, open } = setup((n) => (n === 1 ? json(doc) : { status: 500 }))
    const seen: (number | null)[] = []
    const unsubscribe = client.subscribe((state) => seen.push(state.failures))
    open()
    await seconds(0)
    await seconds(60)
    unsubscribe()
    await seconds(600)
    expect(seen).toEqual([0, 1])
  })
})

describe('restoring the document kept on the device', () => {
  const earlier = everyOfficeOpen('2026-11-24T10:00:00+09:00', 9)
  const kept = (document: unknown, fetchedAt = at('2026-11-24', '10:00').getTime()): WaitsStore => ({
    load: () => Promise.resolve({ document, fetchedAt }),
    save: () => Promise.resolve(),
  })

  it('shows it before the feed answers, and does not save it again', async () => {
    const { store, saved } = savingStore(kept(earlier))
    const { client } = setup(() => json(doc), { store })
    await client.restore()
    expect(client.getState().good).toMatchObject({ document: earlier, fetchedAt: at('2026-11-24', '10:00').getTime() })
    expect(saved).toEqual([])
  })

  it('never replaces a newer document fetched meanwhile', async () => {
    let release = () => undefined as void
    const slow: WaitsStore = {
      load: () =>
        new Promise((resolve) => {
          release = () => resolve({ document: earlier, fetchedAt: at('2026-11-24', '10:00').getTime() })
        }),
      save: () => Promise.resolve(),
    }
    const { client, open } = setup(() => json(doc), { store: slow })
    const restoring = client.restore()
    open()
    await seconds(0)
    release()
    await restoring
    expect(client.getState().good?.document).toEqual(doc)
  })

  it('leaves Retry-After standing', async () => {
    const { feed, client, open } = setup(() => unavailable('120'), { store: kept(earlier) })
    open()
    await seconds(0)
    await client.restore()
    expect(client.getState()).toMatchObject({ good: { document: earlier }, errors: ['HTTP 503'], failures: 1 })
    client.setActive(false)
    client.setActive(true)
    await seconds(119)
    expect(feed.calls).toHaveLength(1)
  })

  it('ignores a damaged document, and a store that cannot be read', async () => {
    const damaged = setup(() => json(doc), { store: kept({ version: 2 }) })
    await damaged.client.restore()
    expect(damaged.client.getState().good).toBeNull()
    const unreadable = setup(() => json(doc), {
      store: { load: () => Promise.reject(new Error('blocked')), save: () => Promise.resolve() },
    })
    await expect(unreadable.client.restore()).resolves.toBeUndefined()
    expect(unreadable.client.getState().good).toBeNull()
  })
})
