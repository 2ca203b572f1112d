// The HTML answer to every page address: the page the build prerendered for it (home, each question)
// or the empty shell for every other page, with 200 for the app's pages (the history fallback) and the
// shell with 404 for any other address, so the app still starts and shows its own not-found page
// while crawlers, link checkers and the browser's history learn that the address is wrong. All held
// in memory with their precompressed copies, since they answer most first visits.
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { join } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

import type { Encoding } from './encoding'

interface Variant {
  body: Buffer
  etag: string
}

type Document = { plain: Variant; encoded: Map<Encoding, Variant> }

export type AppPage = (
  req: IncomingMessage,
  res: ServerResponse,
  status: 200 | 404,
  encodings: Encoding[],
  pathname?: string,
) => void

const SUFFIX: Record<Encoding, string> = { br: '.br', gzip: '.gz' }

function variant(body: Buffer): Variant {
  return { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` }
}

function read(file: string): Document {
  const encoded = new Map<Encoding, Variant>()
  for (const encoding of ['br', 'gzip'] as const) {
    if (existsSync(file + SUFFIX[encoding])) encoded.set(encoding, variant(readFileSync(file + SUFFIX[encoding])))
  }
  return { plain: variant(readFileSync(file)), encoded }
}

/** The prerendered file for a page address (/ → index.html, /q/date → q/date.html), if it is one. */
function prerenderedFile(pathname: string): string | null {
  if (pathname === '/') return 'index.html'
  const question = /^\/q\/([A-Za-z0-9.-]+)\/?$/.exec(pathname)
  return question ? `q/${question[1]}.html` : null
}

export function appPage(dist: string): AppPage {
  const documents = new Map<string, Document>()
  const load = (name: string): Document | null => {
    if (!documents.has(name)) {
      const file = join(dist, name)
      if (!existsSync(file)) return null
      documents.set(name, read(file))
    }
    return documents.get(name) ?? null
  }
  // A build without the prerender step (or a test's small dist) has only index.html.
  const shell = (): Document => {
    const page = load('shell.html') ?? load('index.html')
    if (!page) throw new Error(`${dist} has no shell.html and no index.html: build the app first`)
    return page
  }
  return (req, res, status, encodings, pathname = '/') => {
    const file = status === 200 ? prerenderedFile(pathname) : null
    const page = (file && load(file)) || shell()
    const encoding = encodings.find((e) => page.encoded.has(e))
    send(req, res, status, (encoding && page.encoded.get(encoding)) || page.plain, encoding)
  }
}

/**
 * A page drawn for a request (a result, server/render.ts). Its compressed copies are made once, when first
 * asked for, and kept with the page (the renderer keeps the page for the next request of the same address).
 */
export interface DrawnPage {
  html: string
  variants?: Partial<Record<Encoding | 'plain', Variant>>
}

export function sendDrawnPage(req: IncomingMessage, res: ServerResponse, page: DrawnPage, encodings: Encoding[]): void {
  const encoding = encodings[0]
  const variants = (page.variants ??= {})
  const raw = () => Buffer.from(page.html)
  // Fast settings: a page is compressed on its first request (the build's fixed files get the slow, small ones).
  const made = (variants[encoding ?? 'plain'] ??= variant(
    encoding === 'br'
      ? brotliCompressSync(raw(), { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })
      : encoding === 'gzip'
        ? gzipSync(raw(), { level: 6 })
        : raw(),
  ))
  send(req, res, 200, made, encoding)
}

function send(req: IncomingMessage, res: ServerResponse, status: 200 | 404, page: Variant, encoding?: Encoding): void {
  const { body, etag } = page
  res.setHeader('Content-Type', 'text/html; charset=utf-8')
  res.setHeader('Cache-Control', 'no-cache')
  res.setHeader('Vary', 'Accept-Encoding')
  if (encoding) res.setHeader('Content-Encoding', encoding)
  // Only a page that exists has a version worth revalidating.
  if (status === 200) {
    res.setHeader('ETag', etag)
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304)
      return void res.end()
    }
  }
  res.setHeader('Content-Length', body.length)
  res.writeHead(status)
  res.end(req.method === 'HEAD' ? undefined : body)
}
