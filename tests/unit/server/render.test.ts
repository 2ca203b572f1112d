import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliDecompressSync } from 'node:zlib'

import { describe, expect, it } from 'vitest'

import { type DrawnPage, sendDrawnPage } from '../../../server/app-page'
import { fill } from '../../../server/page-html'
import { drawnOnServer, resultRenderer, SERVER_DIR } from '../../../server/render'

const SHELL = '<html><head><title>北区 手続きナビ</title></head><body><div id="app"></div></body></html>'

describe('which addresses the server draws', () => {
  it('a result with answers, in Japanese; nothing else', () => {
    expect(drawnOnServer('/result?events=birth&date=2026-12-01')).toBe(true)
    expect(drawnOnServer('/result?events=birth&lang=ja')).toBe(true)
    expect(drawnOnServer('/result?events=birth&lang=en')).toBe(false)
    expect(drawnOnServer('/result?events=birth&lang=ja&lang=vi')).toBe(false)
    expect(drawnOnServer('/result')).toBe(false)
    expect(drawnOnServer('/result?')).toBe(false)
    expect(drawnOnServer('/results?events=birth')).toBe(false)
    expect(drawnOnServer('/plans/abc?events=birth')).toBe(false)
    expect(drawnOnServer('/')).toBe(false)
  })
})

describe('a drawn page in the shell', () => {
  it('says the address and day it was drawn for, escaped, and keeps "$&" in a title as text', () => {
    const html = fill(
      SHELL,
      { html: '<h1>あなたの手続き</h1>', title: 'A $& B <c>' },
      { address: '/result?events=birth&x="><script>', today: '2026-11-26' },
    )
    expect(html).toContain('<title>A $&amp; B &lt;c&gt;</title>')
    expect(html).toContain(
      '<div id="app" data-prerendered="/result?events=birth&amp;x=&quot;&gt;&lt;script&gt;" data-today="2026-11-26"><h1>',
    )
    expect(html).not.toContain('<script>')
  })
})

describe('the result renderer', () => {
  it('is absent for a build without the server bundle, so the shell is served', () => {
    expect(resultRenderer(mkdtempSync(join(tmpdir(), 'navi-no-ssr-')))).toBeNull()
  })

  it('gives null (the shell) when drawing fails, and keeps a page once drawn', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'navi-ssr-'))
    const dir = join(dist, SERVER_DIR)
    mkdirSync(dir)
    writeFileSync(join(dir, 'template.html'), SHELL)
    writeFileSync(join(dir, 'package.json'), '{ "type": "module" }')
    writeFileSync(
      join(dir, 'entry-server.js'),
      `let n = 0
export function readCatalogDataWith() {}
export async function render(url) {
  if (url.includes('broken')) throw new Error('cannot draw')
  n += 1
  return { html: '<h1>drawn ' + n + '</h1>', title: 't' }
}`,
    )
    const draw = resultRenderer(dist)!
    const errors: unknown[] = []
    const error = console.error
    console.error = (...args: unknown[]) => errors.push(args)
    try {
      expect(await draw('/result?broken=1')).toBeNull()
      expect(errors).toHaveLength(1)
    } finally {
      console.error = error
    }
    const [first, same] = await Promise.all([draw('/result?events=birth'), draw('/result?events=birth')])
    // Asked twice at once: drawn once.
    expect(first?.html).toContain('<h1>drawn 1</h1>')
    expect(same).toBe(first)
    expect(await draw('/result?events=birth')).toBe(first)
    expect((await draw('/result?events=death'))?.html).toContain('<h1>drawn 2</h1>')
  })
})

describe('sending a drawn page', () => {
  const send = (page: DrawnPage, encodings: ('br' | 'gzip')[]) => {
    const sent: { status?: number; headers: Record<string, unknown>; body?: Buffer } = { headers: {} }
    const res = {
      setHeader: (name: string, value: unknown) => (sent.headers[name.toLowerCase()] = value),
      writeHead: (status: number) => (sent.status = status),
      end: (body?: Buffer) => (sent.body = body),
    } as unknown as ServerResponse
    sendDrawnPage({ method: 'GET', headers: {} } as IncomingMessage, res, page, encodings)
    return sent
  }

  it('compresses a page once, on its first request, and sends the same copy after', () => {
    const page: DrawnPage = { html: `<!doctype html><h1>あなたの手続き</h1>${'<p>転入届</p>'.repeat(200)}` }
    const first = send(page, ['br', 'gzip'])
    expect(first.status).toBe(200)
    expect(first.headers['content-encoding']).toBe('br')
    expect(brotliDecompressSync(first.body!).toString()).toBe(page.html)
    const again = send(page, ['br'])
    expect(again.body).toBe(first.body)
    expect(again.headers.etag).toBe(first.headers.etag)
    expect(send(page, []).body?.toString()).toBe(page.html)
  })
})
