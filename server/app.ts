// The production server: the built app (precompressed copies when the browser takes them), index.html
// for every page address with an honest status (200 for the app's pages, 404 for anything else), the
// waits simulator, and security headers on every response, refusals and errors included.
import { existsSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { join, resolve } from 'node:path'

import { appPage, sendDrawnPage } from './app-page'
import { catalogOnce } from './catalog'
import { acceptedEncodings } from './encoding'
import { isAppPage, type PageIds, pageIds } from './pages'
import { apiNotFound, methodNotAllowed } from './refusals'
import { drawnOnServer, resultRenderer } from './render'
import { securityHeaders } from './security'
import { staticFiles } from './static'
import { answerClientError, MAX_HEADER_BYTES } from './too-long'
import { serveWaits, WAITS_PATH, type WaitsRouteOptions } from './waits/route'

export interface ServerOptions {
  dist?: string
  feedOrigin?: string
  /** Let tests make the waits simulator misbehave through its query string (also WAITS_SIMULATOR_FAULTS=1). */
  faults?: boolean
  /** The waits simulator's "now"; the load bench fixes it to office hours. */
  clock?: WaitsRouteOptions['clock']
  /** Procedure and office ids with a page; by default the catalog's, and any id while it cannot be read. */
  ids?: PageIds | null
}

function defaultIds(): PageIds | null {
  const catalog = catalogOnce()
  return catalog && pageIds(catalog)
}

export function createAppServer(options: ServerOptions = {}): Server {
  const dist = resolve(options.dist ?? join(import.meta.dirname, '..', 'dist'))
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error(`No built app in ${dist}: run "npm run build" first (npm start does it for you).`)
  }
  const headers = securityHeaders(options.feedOrigin)
  const ids = options.ids === undefined ? defaultIds() : options.ids
  const files = staticFiles(dist)
  const page = appPage(dist)
  // Results drawn on the server when the build made its Node bundle (dist/.ssr); else the shell.
  const results = resultRenderer(dist)
  const waits: WaitsRouteOptions = {
    faults: options.faults ?? process.env.WAITS_SIMULATOR_FAULTS === '1',
    clock: options.clock,
  }
  const server = createServer({ maxHeaderSize: MAX_HEADER_BYTES }, (req, res) => {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value)
    const path = (req.url ?? '/').split(/[?#]/, 1)[0] ?? '/'
    const api = path === '/api' || path.startsWith('/api/')
    if (req.method !== 'GET' && req.method !== 'HEAD') return methodNotAllowed(res, api)
    if (path === WAITS_PATH) return void serveWaits(req, res, waits)
    if (api) return apiNotFound(res)
    const encodings = acceptedEncodings(req.headers['accept-encoding'])
    // Pages first: no built file has a page's address, and the page is held in memory.
    if (isAppPage(path, ids)) {
      const address = req.url ?? '/'
      if (!results || !drawnOnServer(address)) return page(req, res, 200, encodings, path)
      return void results(address).then((drawn) =>
        drawn === null ? page(req, res, 200, encodings, path) : sendDrawnPage(req, res, drawn, encodings),
      )
    }
    files(req, res, path, encodings, () => page(req, res, 404, encodings))
  })
  return server.on('clientError', answerClientError(headers))
}
