// index.html as the answer to every page address: 200 for the app's pages (the history fallback) and
// 404 for any other address, so the app still starts and shows its own not-found page while crawlers,
// link checkers and the browser's history learn that the address is wrong. Held in memory with its
// precompressed copies, since it is read for most first visits.
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Encoding } from './encoding'

interface Variant {
  body: Buffer
  etag: string
}

export type AppPage = (req: IncomingMessage, res: ServerResponse, status: 200 | 404, encodings: Encoding[]) => void

const SUFFIX: Record<Encoding, string> = { br: '.br', gzip: '.gz' }

function variant(body: Buffer): Variant {
  return { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` }
}

export function appPage(dist: string): AppPage {
  const file = join(dist, 'index.html')
  const plain = variant(readFileSync(file))
  const encoded = new Map<Encoding, Variant>()
  for (const encoding of ['br', 'gzip'] as const) {
    if (existsSync(file + SUFFIX[encoding])) encoded.set(encoding, variant(readFileSync(file + SUFFIX[encoding])))
  }
  return (req, res, status, encodings) => {
    const encoding = encodings.find((e) => encoded.has(e))
    const { body, etag } = (encoding && encoded.get(encoding)) || plain
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
}
