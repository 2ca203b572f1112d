// Brotli and gzip copies of the built text files, written once at build time, so that the server sends
// the smallest encoding a browser accepts without compressing per request: brotli at quality 11 takes
// far too long per response, and nothing ever changes after the build (docs/decisions/0009).
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'

import type { Plugin } from 'vite'

const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|webmanifest|txt|xml)$/
const brotli = promisify(brotliCompress)
const gzipped = promisify(gzip)

export interface Precompressed {
  file: string
  bytes: number
  br: number | null
  gz: number | null
}

function textFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    // dist/.ssr is the server's own code, never sent.
    if (name.startsWith('.')) return []
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return textFiles(path)
    return COMPRESSIBLE.test(name) ? [path] : []
  })
}

/** Writes `<file>.br` and `<file>.gz` beside each text file in `dir`, each only if it is smaller. */
export async function precompress(dir: string): Promise<Precompressed[]> {
  return Promise.all(
    textFiles(dir).map(async (file) => {
      const raw = readFileSync(file)
      const [br, gz] = await Promise.all([
        brotli(raw, {
          params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
        }),
        gzipped(raw, { level: 9 }),
      ])
      // A tiny file can come out larger; the server then sends it as it is.
      const keep = (data: Buffer, suffix: string) => {
        if (data.length >= raw.length) return null
        writeFileSync(`${file}${suffix}`, data)
        return data.length
      }
      return { file, bytes: raw.length, br: keep(br, '.br'), gz: keep(gz, '.gz') }
    }),
  )
}

/** Runs after every other plugin has written its files, the service worker included (vite-plugin-pwa's closeBundle). */
export function precompressPlugin(): Plugin {
  let outDir = ''
  return {
    name: 'kita-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
    },
    closeBundle: {
      sequential: true,
      order: 'post',
      async handler() {
        await precompress(outDir)
      },
    },
  }
}
