// Reading and writing the translation files (Node only). The screens' words are locales/<lang>.json
// with their review record in locales/review/<lang>.yaml; the catalog's words in other languages
// are locales/catalog/<lang>.yaml; fixed terms are locales/terms/<lang>.yaml.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

import { parse, stringify } from 'yaml'

import { catalogTexts, textHash } from '../../src/catalog/text-keys'
import { formatError } from '../../src/catalog/validate'
import { flatten, type Messages } from '../../src/i18n/locale-check'
import { CATALOG_INLINE_LANGUAGES } from '../../src/i18n/registry'
import { type Entry, type SourceString, type Status, STATUSES, type Term } from '../../src/i18n/translations'
import { loadCatalog, ROOT } from './catalog-files'

export const LOCALES_DIR = join(ROOT, 'locales')
/** Languages whose catalog text is written inside the catalog itself, beside the Japanese. */
export const INLINE_CATALOG = new Set(CATALOG_INLINE_LANGUAGES)

const path = {
  screens: (lang: string) => join(LOCALES_DIR, `${lang}.json`),
  review: (lang: string) => join(LOCALES_DIR, 'review', `${lang}.yaml`),
  catalog: (lang: string) => join(LOCALES_DIR, 'catalog', `${lang}.yaml`),
  terms: (lang: string) => join(LOCALES_DIR, 'terms', `${lang}.yaml`),
}
const readYaml = (file: string): unknown => (existsSync(file) ? parse(readFileSync(file, 'utf8')) : undefined)

export function catalogSources(): SourceString[] {
  const { catalog, errors } = loadCatalog()
  if (!catalog) throw new Error(`the catalog is broken:\n${errors.map(formatError).join('\n')}`)
  return catalogTexts(catalog).map(({ key, node }) => ({
    key,
    ja: node.ja,
    en: typeof node.en === 'string' ? node.en : undefined,
  }))
}

export function screenSources(): SourceString[] {
  const ja = flatten(readScreens('ja'))
  const en = flatten(readScreens('en'))
  return [...ja].map(([key, text]) => ({ key, ja: text, en: en.get(key) }))
}

export function readScreens(lang: string): Messages {
  return existsSync(path.screens(lang)) ? (JSON.parse(readFileSync(path.screens(lang), 'utf8')) as Messages) : {}
}

function validEntry(value: unknown): value is Entry {
  const e = value as Entry
  return (
    typeof e === 'object' &&
    e !== null &&
    typeof e.text === 'string' &&
    typeof e.hash === 'string' &&
    (STATUSES as readonly string[]).includes(e.status)
  )
}

/** A language's catalog translations; a malformed entry is reported, never silently dropped. */
export function readCatalogEntries(lang: string): { entries: Record<string, Entry>; problems: string[] } {
  const data = (readYaml(path.catalog(lang)) ?? {}) as Record<string, unknown>
  const entries: Record<string, Entry> = {}
  const problems: string[] = []
  for (const [key, value] of Object.entries(data)) {
    if (validEntry(value)) entries[key] = value
    else
      problems.push(
        `locales/catalog/${lang}.yaml: "${key}" needs text, hash and status (draft, translated or reviewed)`,
      )
  }
  return { entries, problems }
}

/** A language's screen translations with their review record (a text without one counts as translated now). */
export function readScreenEntries(lang: string): Record<string, Entry> {
  const texts = flatten(readScreens(lang))
  const review = (readYaml(path.review(lang)) ?? {}) as Record<string, { hash?: string; status?: Status }>
  const ja = new Map(screenSources().map((s) => [s.key, s.ja]))
  const entries: Record<string, Entry> = {}
  for (const [key, text] of texts) {
    const r = review[key]
    entries[key] = { text, hash: r?.hash ?? textHash(ja.get(key) ?? ''), status: r?.status ?? 'translated' }
  }
  return entries
}

export function readTerms(lang: string): Term[] {
  const data = readYaml(path.terms(lang))
  return Array.isArray(data)
    ? (data as Term[]).filter((t) => typeof t?.ja === 'string' && typeof t?.text === 'string')
    : []
}

const HEADER = (lang: string) => `# Catalog text in ${lang}: one line per text, keyed by where it is in the catalog.
# text: the translation. hash: the Japanese it was translated from (npm run i18n -- todo ${lang} shows the
# current one). status: draft, translated or reviewed. See locales/README.md.
`

/** Writes catalog entries in the catalog's own order, one flow-style line each. */
export function writeCatalogEntries(lang: string, entries: Record<string, Entry>, order: readonly string[]): void {
  const rank = new Map(order.map((k, i) => [k, i]))
  const keys = Object.keys(entries).sort(
    (a, b) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity) || a.localeCompare(b),
  )
  const lines = keys.map((k) => {
    const e = entries[k] as Entry
    return `${k}: ${stringify({ text: e.text, hash: e.hash, status: e.status }, { collectionStyle: 'flow', lineWidth: 0 }).trim()}`
  })
  mkdirSync(dirname(path.catalog(lang)), { recursive: true })
  writeFileSync(path.catalog(lang), `${HEADER(lang)}${lines.join('\n')}\n`)
}

/**
 * Writes screen texts into locales/<lang>.json (keeping the source's key order) and their review record: the
 * texts that had a record keep it, and `changed` ones get one; a text that never had a record gets none here
 * (recording it would claim someone checked it against today's Japanese).
 */
export function writeScreenEntries(lang: string, entries: Record<string, Entry>, changed: Iterable<string>): void {
  const recorded = new Set([...Object.keys(readYaml(path.review(lang)) ?? {}), ...changed])
  const order = screenSources().map((s) => s.key)
  const nested: Messages = {}
  const put = (key: string, text: string) => {
    const parts = key.split('.')
    let node = nested
    for (const p of parts.slice(0, -1)) node = (node[p] ??= {}) as Messages
    node[parts.at(-1) as string] = text
  }
  const rank = new Map(order.map((k, i) => [k, i]))
  const keys = Object.keys(entries).sort((a, b) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity))
  for (const k of keys) put(k, (entries[k] as Entry).text)
  writeFileSync(path.screens(lang), `${JSON.stringify(nested, null, 2)}\n`)
  const review = Object.fromEntries(
    keys
      .filter((k) => recorded.has(k))
      .map((k) => [k, { hash: (entries[k] as Entry).hash, status: (entries[k] as Entry).status }]),
  )
  mkdirSync(dirname(path.review(lang)), { recursive: true })
  const lines = Object.entries(review).map(([k, r]) => `${k}: { hash: "${r.hash}", status: ${r.status} }`)
  writeFileSync(
    path.review(lang),
    `# Review record of locales/${lang}.json: the hash of the Japanese each text was translated from, and its status.\n${lines.join('\n')}\n`,
  )
}
