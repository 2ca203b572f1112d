import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { acceptedEncodings } from '../../../server/encoding'
import { ASSET_JS, INDEX_HTML, startOnFakeDist, SW_JS } from './fake-dist'
import { get } from './http'

describe('reading Accept-Encoding', () => {
  it.each([
    ['br, gzip, deflate', ['br', 'gzip']],
    ['gzip, deflate, br, zstd', ['br', 'gzip']],
    ['gzip', ['gzip']],
    ['x-gzip', ['gzip']],
    ['br;q=0, gzip;q=0.5', ['gzip']],
    ['*', ['br', 'gzip']],
    ['*;q=0.1, br;q=0', ['gzip']],
    ['identity', []],
    ['', []],
    [undefined, []],
  ])('%s → %j', (header, expected) => {
    expect(acceptedEncodings(header)).toEqual(expected)
  })
})

describe('precompressed copies', () => {
  let base = ''
  let close = () => {}
  beforeAll(async () => {
    ;({ base, close } = await startOnFakeDist())
  })
  afterAll(() => close())

  const decode = { br: brotliDecompressSync, gzip: gunzipSync, identity: (b: Buffer) => b }

  it.each([
    ['br, gzip', 'br'],
    ['gzip, deflate', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['identity', 'identity'],
  ] as const)('an asset for Accept-Encoding "%s" comes as %s', async (header, encoding) => {
    const answer = await get(base, '/assets/x-abc123.js', { headers: { 'Accept-Encoding': header } })
    expect(answer.status).toBe(200)
    expect(answer.headers['content-encoding']).toBe(encoding === 'identity' ? undefined : encoding)
    expect(answer.headers.vary).toBe('Accept-Encoding')
    expect(answer.headers['content-type']).toMatch(/^text\/javascript/)
    expect(Number(answer.headers['content-length'])).toBe(answer.body.length)
    expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    expect(decode[encoding](answer.body).toString()).toBe(ASSET_JS)
  })

  it('gives each encoding its own ETag, and 304 with Vary on revalidation', async () => {
    const tags = await Promise.all(
      ['br', 'gzip', 'identity'].map(
        async (e) => (await get(base, '/assets/x-abc123.js', { headers: { 'Accept-Encoding': e } })).headers.etag,
      ),
    )
    expect(new Set(tags).size).toBe(3)
    const again = await get(base, '/assets/x-abc123.js', {
      headers: { 'Accept-Encoding': 'br', 'If-None-Match': String(tags[0]) },
    })
    expect(again.status).toBe(304)
    expect(again.headers.vary).toBe('Accept-Encoding')
  })

  it.each(['/result', '/nope'])('%s: the app page comes compressed too', async (path) => {
    const answer = await get(base, path, { headers: { 'Accept-Encoding': 'gzip, br' } })
    expect(answer.headers['content-encoding']).toBe('br')
    expect(answer.headers.vary).toBe('Accept-Encoding')
    expect(Number(answer.headers['content-length'])).toBe(answer.body.length)
    expect(brotliDecompressSync(answer.body).toString()).toBe(INDEX_HTML)
  })

  it('sends a file that has no copies as it is, with its own caching', async () => {
    const answer = await get(base, '/sw.js', { headers: { 'Accept-Encoding': 'br, gzip' } })
    expect(answer.headers['content-encoding']).toBeUndefined()
    expect(answer.headers['cache-control']).toBe('no-cache')
    expect(answer.body.toString()).toBe(SW_JS)
  })
})

describe('a dist replaced under a running server', () => {
  it('answers 404 for an asset that went away, and keeps serving', async () => {
    const { base, dist, close } = await startOnFakeDist()
    try {
      expect((await get(base, '/assets/x-abc123.js', { headers: { 'Accept-Encoding': 'br' } })).status).toBe(200)
      for (const suffix of ['', '.br', '.gz']) rmSync(join(dist, 'assets', `x-abc123.js${suffix}`))
      expect((await get(base, '/assets/x-abc123.js', { headers: { 'Accept-Encoding': 'br' } })).status).toBe(404)
      expect((await get(base, '/sw.js')).status).toBe(200)
    } finally {
      close()
    }
  })
})
