import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createAppServer } from '../../../server/app'
import { buildWaitsDocument, faultsFromQuery, simulateWaits } from '../../../server/waits/simulator'
import { validateFeed } from '../../../src/waits/feed'
import { expectedAt } from '../../../src/waits/model'
import { initialWaitsState, reduceWaits, view } from '../../../src/waits/state'
import { at, calendar, offices, ward } from './fixtures'

const clockAt = (date: Date) => () => date
const tuesday = at('2026-11-18', '10:15')

describe('the simulated document', () => {
  it('is valid against the app’s own validator, with every catalog office and counter', () => {
    const { document, errors } = validateFeed(buildWaitsDocument(tuesday, ward), tuesday)
    expect(errors).toEqual([])
    expect(document?.generatedAt).toBe('2026-11-18T10:15:00+09:00')
    expect(document?.offices.map((o) => o.id)).toEqual(offices.map((o) => o.id))
    for (const office of offices) {
      const fromFeed = document?.offices.find((o) => o.id === office.id)
      expect(fromFeed?.counters.map((c) => c.id)).toEqual(office.counters.map((c) => c.id))
    }
  })

  it('follows the same model as the forecast, within its noise', () => {
    const oji = offices.find((o) => o.id === 'oji')!
    const peak = at('2027-03-29', '10:00')
    const expected = expectedAt(oji, 'oji-registration', peak, calendar)
    const sent = buildWaitsDocument(peak, ward).offices.find((o) => o.id === 'oji')?.counters[0]
    expect(sent?.estimatedMinutes).toBeGreaterThanOrEqual(Math.floor(expected.minutes * 0.8))
    expect(sent?.estimatedMinutes).toBeLessThanOrEqual(Math.ceil(expected.minutes * 1.2))
    expect(sent?.estimatedMinutes).toBeGreaterThan(120)
  })

  it('closes every office on a Saturday', () => {
    const saturday = buildWaitsDocument(at('2026-11-21', '10:00'), ward)
    expect(saturday.offices.every((o) => o.status === 'closed' && o.counters.length === 0)).toBe(true)
  })

  it('opens only the evening desks on the third Tuesday', () => {
    const evening = buildWaitsDocument(at('2026-11-17', '17:30'), ward)
    expect(evening.offices.filter((o) => o.status === 'open').map((o) => o.id)).toEqual(['oji', 'akabane'])
  })
})

describe('HTTP caching', () => {
  it('sends the contract’s headers and an ETag that is a hash of the body', async () => {
    const answer = await simulateWaits({}, { clock: clockAt(tuesday), ward })
    expect(answer.status).toBe(200)
    expect(answer.headers).toMatchObject({
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'no-cache, s-maxage=15',
    })
    expect(answer.headers.ETag).toMatch(/^"[\w-]+"$/)
    const later = await simulateWaits({}, { clock: clockAt(new Date(tuesday.getTime() + 10_000)), ward })
    expect(later.headers.ETag).toBe(answer.headers.ETag) // the same snapshot
    const next = await simulateWaits({}, { clock: clockAt(new Date(tuesday.getTime() + 60_000)), ward })
    expect(next.headers.ETag).not.toBe(answer.headers.ETag)
  })

  it.each([(etag: string) => etag, (etag: string) => `W/${etag}`, (etag: string) => `"other", ${etag}`, () => '*'])(
    'answers 304 to a matching If-None-Match (%#)',
    async (header) => {
      const { headers } = await simulateWaits({}, { clock: clockAt(tuesday), ward })
      const answer = await simulateWaits({ ifNoneMatch: header(headers.ETag!) }, { clock: clockAt(tuesday), ward })
      expect(answer).toEqual({
        status: 304,
        headers: { ETag: headers.ETag, 'Cache-Control': 'no-cache, s-maxage=15' },
        body: '',
      })
    },
  )

  it('answers 200 to a stale If-None-Match', async () => {
    expect((await simulateWaits({ ifNoneMatch: '"old"' }, { clock: clockAt(tuesday), ward })).status).toBe(200)
  })
})

describe('faults', () => {
  it('slow: answers late', async () => {
    const started = performance.now()
    await simulateWaits({}, { clock: clockAt(tuesday), ward, faults: { slowMs: 60 } })
    expect(performance.now() - started).toBeGreaterThanOrEqual(55)
  })

  it.each([503, 429] as const)('%i with Retry-After, which the client honours', async (status) => {
    const answer = await simulateWaits(
      {},
      { clock: clockAt(tuesday), ward, faults: { unavailable: { status, retryAfterSeconds: 45 } } },
    )
    expect(answer.status).toBe(status)
    expect(answer.headers['Retry-After']).toBe('45')
    const state = reduceWaits(initialWaitsState, {
      type: 'failed',
      at: tuesday,
      reason: `HTTP ${status}`,
      retryAfterSeconds: Number(answer.headers['Retry-After']),
    })
    expect(state.retryNotBefore).toBe(tuesday.getTime() + 45_000)
  })

  it('invalid: a document the client refuses, keeping what it had', async () => {
    const good = reduceWaits(initialWaitsState, {
      type: 'received',
      json: JSON.parse((await simulateWaits({}, { clock: clockAt(tuesday), ward })).body),
      at: tuesday,
    })
    const answer = await simulateWaits({}, { clock: clockAt(tuesday), ward, faults: { invalid: true } })
    expect(answer.status).toBe(200)
    expect(validateFeed(JSON.parse(answer.body), tuesday).document).toBeNull()
    expect(reduceWaits(good, { type: 'received', json: JSON.parse(answer.body), at: tuesday }).good).toBe(good.good)
  })

  it('stuck: generatedAt stays put while time goes on, and the client calls it stale', async () => {
    const stuckAt = at('2026-11-18', '09:40')
    const answer = await simulateWaits({}, { clock: clockAt(tuesday), ward, faults: { stuckAt } })
    const json = JSON.parse(answer.body) as { generatedAt: string }
    expect(json.generatedAt).toBe('2026-11-18T09:40:00+09:00')
    const state = reduceWaits(initialWaitsState, { type: 'received', json, at: tuesday })
    expect(view(state, tuesday, calendar, offices)).toMatchObject({ asOf: '09:40', stale: true })
  })

  it.each([
    ['slow=2000', { slowMs: 2000 }],
    ['slow=999999', { slowMs: 30_000 }],
    ['status=503&retryAfter=120', { unavailable: { status: 503, retryAfterSeconds: 120 } }],
    ['status=429', { unavailable: { status: 429, retryAfterSeconds: 30 } }],
    ['status=500', {}],
    ['invalid=1', { invalid: true }],
    ['stuck=2026-11-18T09:40:00%2B09:00', { stuckAt: at('2026-11-18', '09:40') }],
    ['stuck=yesterday', {}],
  ])('?%s', (query, faults) => {
    expect(faultsFromQuery(new URLSearchParams(query))).toEqual(faults)
  })
})

describe('on the app server at /api/waits.json', () => {
  const dist = mkdtempSync(join(tmpdir(), 'waits-dist-'))
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>test</title>')
  const servers: Server[] = []
  const start = async (faults: boolean) => {
    const server = createAppServer({ dist, faults })
    servers.push(server)
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/waits.json`
  }
  let plain = ''
  let testing = ''
  beforeAll(async () => {
    ;[plain, testing] = await Promise.all([start(false), start(true)])
  })
  afterAll(() => {
    for (const server of servers) server.close()
    rmSync(dist, { recursive: true, force: true })
  })

  it('serves a valid document with the security headers, and 304 on revalidation', async () => {
    const response = await fetch(plain)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-security-policy')).toContain("connect-src 'self'")
    expect(validateFeed(await response.json(), new Date()).document).not.toBeNull()
    // A 30 s snapshot boundary may pass between two requests, but not twice in a row.
    let etag = response.headers.get('etag')!
    let again = await fetch(plain, { headers: { 'If-None-Match': etag } })
    if (again.status === 200) {
      etag = again.headers.get('etag')!
      again = await fetch(plain, { headers: { 'If-None-Match': etag } })
    }
    expect(again.status).toBe(304)
    expect(again.headers.get('etag')).toBe(etag)
  })

  it('ignores fault parameters unless started with faults', async () => {
    expect((await fetch(`${plain}?status=503`)).status).toBe(200)
    const failing = await fetch(`${testing}?status=503&retryAfter=7`)
    expect(failing.status).toBe(503)
    expect(failing.headers.get('retry-after')).toBe('7')
  })

  it('still serves the app everywhere else', async () => {
    expect(await (await fetch(plain.replace('/api/waits.json', '/some/page'))).text()).toContain('<title>test</title>')
  })
})
