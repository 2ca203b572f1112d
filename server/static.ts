// The built files, each as its precompressed .br or .gz copy when the browser takes one (written by
// scripts/lib/precompress.ts at build time). sirv picks the copy and sends Content-Encoding, the
// original's Content-Type, the copy's length and ETag, and Vary.
import type { IncomingMessage, ServerResponse } from 'node:http'

import sirv from 'sirv'

import type { Encoding } from './encoding'

export type StaticFiles = (
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
  encodings: Encoding[],
  next: () => void,
) => void

/** Hashed assets never change; everything else is revalidated so that updates arrive. */
export function cacheControl(pathname: string): string {
  return pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache'
}

export function staticFiles(dist: string): StaticFiles {
  // No guessed extensions: /index is not /index.html. Page addresses never reach sirv (server/app.ts).
  // `dev` makes sirv look each file up when asked instead of listing the folder once at start: a dist
  // replaced under a running server (a deploy, a rebuild) then answers 404 for a file that went away,
  // where the startup list would open a missing file and crash the process (docs/decisions/0013).
  const files = sirv(dist, { dev: true, etag: true, brotli: true, gzip: true, extensions: [] })
  return (req, res, pathname, encodings, next) => {
    // sirv looks for "br" and "gzip" as substrings; it gets the already negotiated list instead.
    req.headers['accept-encoding'] = encodings.join(', ')
    // Set before sirv runs, because its 304 answer carries only the headers already on the response.
    res.setHeader('Vary', 'Accept-Encoding')
    res.setHeader('Cache-Control', cacheControl(pathname))
    files(req, res, next)
  }
}
