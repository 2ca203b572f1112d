// What a built app makes the browser download: the home route's JavaScript (entry, modulepreloads and
// their static imports, never dynamic import()), the critical HTML and CSS, and the service worker's
// precache. Sizes are gzip level 9 (node:zlib) in KB, as a CDN would send them.
import { existsSync, readFileSync, statSync } from 'node:fs'
import { join, posix } from 'node:path'
import { gzipSync } from 'node:zlib'

export interface SizedFiles {
  gzipKB: number
  files: { file: string; gzipKB: number }[]
}

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10
const gzipBytes = (data: Buffer | string) => gzipSync(data, { level: 9 }).length

const attribute = (tag: string, name: string) => new RegExp(`\\b${name}\\s*=\\s*["']?([^"'\\s>]+)`, 'i').exec(tag)?.[1]

/** A URL from index.html (`/assets/x.js`) as a path inside dist; undefined for other origins. */
function inDist(url: string | undefined, from = ''): string | undefined {
  if (!url || /^[a-z]+:|^\/\//i.test(url)) return undefined
  return url.startsWith('/') ? url.slice(1) : posix.normalize(posix.join(posix.dirname(from), url))
}

function tags(html: string, name: string): string[] {
  return html.match(new RegExp(`<${name}\\b[^>]*>`, 'gi')) ?? []
}

/** The entry `<script type="module" src>` and every `<link rel="modulepreload" href>`. */
export function entryScripts(html: string): string[] {
  const scripts = tags(html, 'script')
    .filter((t) => attribute(t, 'type') === 'module')
    .map((t) => inDist(attribute(t, 'src')))
  const preloads = tags(html, 'link')
    .filter((t) => attribute(t, 'rel') === 'modulepreload')
    .map((t) => inDist(attribute(t, 'href')))
  return [...scripts, ...preloads].filter((f): f is string => f !== undefined)
}

export function stylesheets(html: string): string[] {
  return tags(html, 'link')
    .filter((t) => attribute(t, 'rel') === 'stylesheet')
    .map((t) => inDist(attribute(t, 'href')))
    .filter((f): f is string => f !== undefined)
}

/**
 * The relative modules a built chunk imports statically: `import{a}from"./x.js"`, `import"./x.js"`,
 * `export{a}from"./x.js"`. A dynamic `import("./x.js")` has a parenthesis after `import` and is skipped.
 */
export function staticImports(code: string): string[] {
  const found = new Set<string>()
  const pattern = /(?:^|[^.\w$])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g
  for (const m of code.matchAll(pattern)) if (m[1]) found.add(m[1])
  return [...found]
}

function sized(dist: string, files: Iterable<string>): SizedFiles {
  const list = [...files].map((file) => ({ file, bytes: gzipBytes(readFileSync(join(dist, file))) }))
  return {
    gzipKB: kb(list.reduce((sum, f) => sum + f.bytes, 0)),
    files: list.map(({ file, bytes }) => ({ file, gzipKB: kb(bytes) })).sort((a, b) => b.gzipKB - a.gzipKB),
  }
}

/** The JavaScript the home route loads before it can run: entry, preloads and their static imports. */
export function firstRouteJs(dist: string): SizedFiles {
  const seen = new Set<string>()
  const queue = entryScripts(readFileSync(join(dist, 'index.html'), 'utf8'))
  while (queue.length) {
    const file = queue.shift() as string
    if (seen.has(file) || !existsSync(join(dist, file))) continue
    seen.add(file)
    for (const spec of staticImports(readFileSync(join(dist, file), 'utf8')))
      queue.push(posix.normalize(posix.join(posix.dirname(file), spec)))
  }
  return sized(dist, seen)
}

export function criticalHtmlCss(dist: string): SizedFiles {
  const html = readFileSync(join(dist, 'index.html'), 'utf8')
  return sized(dist, ['index.html', ...stylesheets(html).filter((f) => existsSync(join(dist, f)))])
}

export interface Precache {
  kb: number
  gzipKB: number
  entries: number
}

/** The Workbox precache manifest inside dist/sw.js, or null when the build has no service worker. */
export function precache(dist: string): Precache | null {
  const sw = join(dist, 'sw.js')
  if (!existsSync(sw)) return null
  const urls = new Set<string>()
  for (const m of readFileSync(sw, 'utf8').matchAll(/["']?url["']?\s*:\s*["']([^"']+)["']/g)) if (m[1]) urls.add(m[1])
  let bytes = 0
  let gzip = 0
  for (const url of urls) {
    const file = join(dist, inDist(url) ?? url)
    if (!existsSync(file)) continue
    bytes += statSync(file).size
    gzip += gzipBytes(readFileSync(file))
  }
  return { kb: kb(bytes), gzipKB: kb(gzip), entries: urls.size }
}
