import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { INDEX_HTML, startOnFakeDist } from './fake-dist'
import { get } from './http'

let base = ''
let close = () => {}
beforeAll(async () => {
  ;({ base, close } = await startOnFakeDist())
})
afterAll(() => close())

const SECURITY = [
  'content-security-policy',
  'x-content-type-options',
  'referrer-policy',
  'permissions-policy',
  'cross-origin-opener-policy',
]
const expectSecurityHeaders = (headers: Record<string, unknown>) => {
  for (const name of SECURITY) expect(headers[name], name).toBeTruthy()
}

describe('page addresses', () => {
  it.each([
    '/',
    '/result?events=birth',
    '/q/events',
    '/procedures/tenshutsu',
    '/offices/oji',
    '/search',
    '/language',
    '/plans',
    '/plans/p1',
  ])('%s: 200 with the app', async (path) => {
    const answer = await get(base, path)
    expect(answer.status).toBe(200)
    expect(answer.body.toString()).toBe(INDEX_HTML)
    expect(answer.headers['cache-control']).toBe('no-cache')
  })

  it.each([
    '/nope',
    '/index',
    '/procedures/no-such-procedure',
    '/offices/nowhere',
    '/result/extra',
    '/assets/gone-123.js',
  ])('%s: 404 with the app, so it shows its own not-found page', async (path) => {
    const answer = await get(base, path)
    expect(answer.status).toBe(404)
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(answer.body.toString()).toBe(INDEX_HTML)
    // Not the immutable caching of real assets: the address may exist after the next deployment.
    expect(answer.headers['cache-control']).toBe('no-cache')
    expectSecurityHeaders(answer.headers)
  })

  it('serves index.html by its own name too', async () => {
    expect((await get(base, '/index.html')).status).toBe(200)
  })

  it('revalidates a page with its ETag, but never a 404', async () => {
    const first = await get(base, '/result')
    const again = await get(base, '/result', { headers: { 'If-None-Match': String(first.headers.etag) } })
    expect(again.status).toBe(304)
    expect(again.headers.etag).toBe(first.headers.etag)
    const missing = await get(base, '/nope', { headers: { 'If-None-Match': String(first.headers.etag) } })
    expect(missing.status).toBe(404)
  })
})

describe('/api', () => {
  it('answers an unknown address with 404 JSON', async () => {
    const answer = await get(base, '/api/nope')
    expect(answer.status).toBe(404)
    expect(answer.headers['content-type']).toBe('application/json; charset=utf-8')
    expect(JSON.parse(answer.body.toString())).toEqual({ error: 'not found' })
    expectSecurityHeaders(answer.headers)
  })

  it('still serves the waits feed', async () => {
    const answer = await get(base, '/api/waits.json')
    expect(answer.status).toBe(200)
    expect((JSON.parse(answer.body.toString()) as { version: unknown }).version).toBe(1)
  }, 60_000)
})

describe('methods other than GET and HEAD', () => {
  it.each([
    ['POST', '/result'],
    ['PUT', '/assets/x-abc123.js'],
    ['DELETE', '/nope'],
  ])('%s %s: 405 with Allow, in plain text', async (method, path) => {
    const answer = await get(base, path, { method })
    expect(answer.status).toBe(405)
    expect(answer.headers.allow).toBe('GET, HEAD')
    expect(answer.headers['content-type']).toBe('text/plain; charset=utf-8')
    expectSecurityHeaders(answer.headers)
  })

  it.each(['/api/waits.json', '/api/nope'])('POST %s: 405 in JSON', async (path) => {
    const answer = await get(base, path, { method: 'POST' })
    expect(answer.status).toBe(405)
    expect(answer.headers.allow).toBe('GET, HEAD')
    expect(JSON.parse(answer.body.toString())).toEqual({ error: 'method not allowed' })
  })

  it('HEAD gets the headers of GET without a body', async () => {
    const answer = await get(base, '/nope', { method: 'HEAD' })
    expect(answer.status).toBe(404)
    expect(Number(answer.headers['content-length'])).toBe(Buffer.byteLength(INDEX_HTML))
    expect(answer.body.length).toBe(0)
  })
})
