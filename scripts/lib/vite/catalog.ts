import { createHash } from 'node:crypto'
import { gzipSync } from 'node:zlib'

import type { Plugin } from 'vite'

import { type CatalogParts, splitCatalog } from '../../../src/catalog/split'
import { formatError } from '../../../src/catalog/validate'
import { CATALOG_INLINE_LANGUAGES, LOCALES, SOURCE_LOCALE } from '../../../src/i18n/registry'
import { CATALOG_DIR, loadCatalog } from '../catalog-files'
import { INLINE_CATALOG, LOCALES_DIR, readCatalogEntries } from '../translations'

const PREFIX = 'virtual:catalog/'
/** Where the fetched parts and packs are written: hashed, so cached for good. */
const FILES = 'assets/catalog'
/** Parts every screen imports as modules; the procedures and all language packs are fetched as data. */
const MODULE_PARTS = new Set(['core', 'questions', 'base', 'titles', 'search'])

/** A module whose default export is `data`, parsed by JSON.parse (faster to start than an object literal). */
function jsonModule(data: unknown): string {
  const json = JSON.stringify(data)
    .replace(/\\/g, '\\\\')
    .replace(/'/g, "\\'")
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
  return `export default JSON.parse('${json}')`
}

/** A data file, written twice: `<name>.json`, and `<name>.jgz`, its gzip (not `.gz`, which a server would
 * send with Content-Encoding, so the browser would unzip it before the app could). */
interface DataFile {
  name: string
  json: string
}

/** The fetched files: each procedures part, and each language's pack of each part. */
function dataFiles(s: CatalogParts): {
  parts: Record<string, DataFile>
  packs: Record<string, Record<string, DataFile>>
} {
  const file = (name: string, data: unknown): DataFile => {
    const json = JSON.stringify(data)
    const hash = createHash('sha256').update(json).digest('base64url').slice(0, 8)
    return { name: `${FILES}/${name.replace(/\//g, '-')}-${hash}`, json }
  }
  const parts = Object.fromEntries(
    Object.entries(s.parts)
      .filter(([p]) => !MODULE_PARTS.has(p))
      .map(([p, data]) => [p, file(p, data)]),
  )
  const packs = Object.fromEntries(
    Object.entries(s.packs).map(([lang, byPart]) => [
      lang,
      Object.fromEntries(Object.entries(byPart).map(([p, pack]) => [p, file(`${lang}.${p}`, pack)])),
    ]),
  )
  return { parts, packs }
}

/**
 * Compiles the catalog's data files and its translations into the app, in parts (src/catalog/split.ts):
 *   virtual:catalog/part/<core|questions|base|titles|search>   modules, in Japanese
 *   assets/catalog/<part>-<hash>.json|.jgz                      the procedures, per event, fetched
 *   assets/catalog/<lang>.<part>-<hash>.json|.jgz               each language's words for each part
 *   virtual:catalog/loaders                                     where each part and pack is
 *   virtual:catalog/status                                      how far each language's catalog text goes
 * The data files are gzipped at build time and unzipped by the browser: the service worker keeps every
 * language for offline use at a fifth of the bytes. A broken catalog or translation file fails the
 * build, naming the file and the path of every problem.
 */
export function catalogPlugin(): Plugin {
  // Read, validated and split once per build (or per catalog or translation edit in dev).
  let split: { parts: CatalogParts; files: ReturnType<typeof dataFiles> } | undefined
  let emitted = false
  const load = (fail: (message: string) => never) => {
    if (split) return split
    const { catalog, errors } = loadCatalog()
    if (!catalog) fail(`The catalog is broken:\n${errors.map((e) => `  - ${formatError(e)}`).join('\n')}`)
    const translations: Record<string, ReturnType<typeof readCatalogEntries>['entries']> = {}
    const problems: string[] = []
    for (const { code } of LOCALES) {
      if (INLINE_CATALOG.has(code)) continue
      const read = readCatalogEntries(code)
      translations[code] = read.entries
      problems.push(...read.problems)
    }
    if (problems.length) fail(`A catalog translation is broken:\n${problems.map((p) => `  - ${p}`).join('\n')}`)
    const parts = splitCatalog(
      catalog,
      CATALOG_INLINE_LANGUAGES.filter((code) => code !== SOURCE_LOCALE),
      translations,
    )
    split = { parts, files: dataFiles(parts) }
    return split
  }
  const allFiles = () =>
    split
      ? [...Object.values(split.files.parts), ...Object.values(split.files.packs).flatMap((p) => Object.values(p))]
      : []
  const loaders = ({ parts, files }: NonNullable<typeof split>) => {
    const url = (f: DataFile) => `/${f.name}`
    return [
      `export const parts = ${JSON.stringify(Object.fromEntries(Object.entries(files.parts).map(([p, f]) => [p, url(f)])))}`,
      `export const packs = ${JSON.stringify(Object.fromEntries(Object.entries(files.packs).map(([lang, byPart]) => [lang, Object.fromEntries(Object.entries(byPart).map(([p, f]) => [p, url(f)]))])))}`,
      `export const eventParts = ${JSON.stringify(parts.eventParts)}`,
      `export const procedurePart = ${JSON.stringify(parts.procedurePart)}`,
    ].join('\n')
  }
  return {
    name: 'kita-catalog',
    buildStart() {
      split = undefined
      emitted = false
    },
    watchChange(id) {
      if (id.startsWith(CATALOG_DIR) || id.startsWith(LOCALES_DIR)) split = undefined
    },
    resolveId: (id) => (id.startsWith(PREFIX) ? `\0${id}` : undefined),
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return undefined
      const s = load((message) => this.error(message))
      const name = id.slice(PREFIX.length + 1)
      if (name === 'loaders') return loaders(s)
      if (name === 'status') return jsonModule(s.parts.status)
      const part = name.startsWith('part/') ? name.slice(5) : ''
      if (MODULE_PARTS.has(part)) return jsonModule(s.parts.parts[part])
      this.error(`unknown catalog module "${name}"`)
    },
    generateBundle() {
      // The server's build (dist/.ssr) reads the browser build's files: no second copy.
      if (this.environment.config.build.ssr) return
      if (emitted || !split) return
      emitted = true
      // The JSON for browsers that cannot unzip by themselves, and its gzip for those that can.
      for (const f of allFiles()) {
        this.emitFile({ type: 'asset', fileName: `${f.name}.json`, source: f.json })
        this.emitFile({ type: 'asset', fileName: `${f.name}.jgz`, source: gzipSync(f.json, { level: 9 }) })
      }
    },
    handleHotUpdate({ file, server }) {
      // A catalog or translation edit in development: split again and reload the page.
      if (!file.startsWith(CATALOG_DIR) && !file.startsWith(LOCALES_DIR)) return undefined
      split = undefined
      for (const mod of server.moduleGraph.idToModuleMap.values())
        if (mod.id?.startsWith(`\0${PREFIX}`)) server.moduleGraph.invalidateModule(mod)
      server.ws.send({ type: 'full-reload' })
      return []
    },
    configureServer(server) {
      // In development the files are served from memory.
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0] ?? ''
        const file = allFiles().find((f) => path === `/${f.name}.json` || path === `/${f.name}.jgz`)
        if (!file) return next()
        const gz = path.endsWith('.jgz')
        res.setHeader('Content-Type', gz ? 'application/gzip' : 'application/json')
        res.end(gz ? gzipSync(file.json) : file.json)
      })
    },
  }
}
