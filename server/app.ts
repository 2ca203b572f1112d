// The production server: the built app with history fallback (every route works on reload),
// security headers on every response.
import { createServer, type Server } from 'node:http'
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import sirv from 'sirv'
import { securityHeaders } from './security'
import { isWaitsRequest, serveWaits } from './waits/route'

export interface ServerOptions {
  dist?: string
  feedOrigin?: string
  /** Let tests make the waits simulator misbehave through its query string (also WAITS_SIMULATOR_FAULTS=1). */
  faults?: boolean
}

export function createAppServer(options: ServerOptions = {}): Server {
  const dist = resolve(options.dist ?? join(import.meta.dirname, '..', 'dist'))
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error(`No built app in ${dist}: run "npm run build" first (npm start does it for you).`)
  }
  const headers = securityHeaders(options.feedOrigin)
  const assets = sirv(dist, {
    single: true,
    etag: true,
    setHeaders(res, path) {
      // Hashed assets never change; everything else is revalidated so updates arrive.
      res.setHeader('Cache-Control', path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache')
    },
  })
  const waits = { faults: options.faults ?? process.env.WAITS_SIMULATOR_FAULTS === '1' }
  return createServer((req, res) => {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value)
    if (isWaitsRequest(req)) return void serveWaits(req, res, waits)
    assets(req, res, () => {
      res.statusCode = 404
      res.end('Not found')
    })
  })
}
