// A built app small enough to write in a test: index.html and one hashed asset, each with the .br and
// .gz copies the build writes, plus a service worker left uncompressed.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliCompressSync, gzipSync } from 'node:zlib'

import { createAppServer } from '../../../server/app'
import { stopServer } from '../../../server/stop'

export const INDEX_HTML = `<!doctype html><html lang="ja"><head><title>fake app</title></head><body><div id="app"></div>${'<!-- padding so that compression pays -->'.repeat(20)}</body></html>`
export const ASSET_JS = `export const answer = ${JSON.stringify('北区 '.repeat(400))}\n`
export const SW_JS = 'self.addEventListener("fetch", () => {})\n'

function withCopies(path: string, text: string) {
  writeFileSync(path, text)
  writeFileSync(`${path}.br`, brotliCompressSync(text))
  writeFileSync(`${path}.gz`, gzipSync(text))
}

export function fakeDist(): string {
  const dist = mkdtempSync(join(tmpdir(), 'server-dist-'))
  mkdirSync(join(dist, 'assets'))
  withCopies(join(dist, 'index.html'), INDEX_HTML)
  withCopies(join(dist, 'assets', 'x-abc123.js'), ASSET_JS)
  writeFileSync(join(dist, 'sw.js'), SW_JS)
  return dist
}

/** The app server on a free port over a fresh fake dist, with a two-page catalog. */
export async function startOnFakeDist(): Promise<{ base: string; dist: string; close: () => void }> {
  const dist = fakeDist()
  const server = createAppServer({ dist, ids: { procedures: new Set(['tenshutsu']), offices: new Set(['oji']) } })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    dist,
    close: () => {
      void stopServer(server)
      rmSync(dist, { recursive: true, force: true })
    },
  }
}
