// npm run --silent i18n -- <command>: the translators' tool (see locales/README.md).
//   check [--json] [--all]         each language's screens and catalog: translated, reviewed, missing,
//                                  unused, stale, and the errors that break a text (for やさしい日本語
//                                  also a dropped fact of the Japanese or kanji without a reading), each
//                                  with its key; --all lists every one. Exit 1 on errors.
//   todo <lang> [--screens|--catalog] [--prefix p] [--limit n]
//                                  what is missing, stale or draft, as YAML with the Japanese and English
//   merge <lang> <file.yaml> [--status draft|translated|reviewed]
//                                  takes { key: text } (or { key: { text, status } }) and records each
//                                  text with the hash of its current Japanese
//   accept <lang> <key>...         the text is right for the current Japanese (after a stale fix)
import { readFileSync } from 'node:fs'

import { parse, stringify } from 'yaml'

import { LOCALES } from '../src/i18n/registry'
import { type Entry, entryFor, isStale, type SourceString, type Status, STATUSES } from '../src/i18n/translations'
import { checkAll, type Part } from './lib/i18n-check'
import {
  catalogSources,
  INLINE_CATALOG,
  readCatalogEntries,
  readScreenEntries,
  screenSources,
  writeCatalogEntries,
  writeScreenEntries,
} from './lib/translations'

const [command, ...rest] = process.argv.slice(2)
const flag = (name: string) => rest.includes(`--${name}`)
const option = (name: string) => {
  const i = rest.indexOf(`--${name}`)
  return i >= 0 ? rest[i + 1] : undefined
}
const positional = rest.filter(
  (a, i) => !a.startsWith('--') && !(i > 0 && ['--prefix', '--limit', '--status'].includes(rest[i - 1] as string)),
)
const fail = (message: string): never => {
  process.stderr.write(`${message}\n`)
  process.exit(2)
}
const known = (lang: string | undefined) =>
  lang && LOCALES.some((l) => l.code === lang)
    ? lang
    : fail(`unknown language "${lang ?? ''}": one of ${LOCALES.map((l) => l.code).join(', ')}`)

function printCheck(rows: ReturnType<typeof checkAll>) {
  const cell = (p: Part) =>
    `${String(p.translatedShare).padStart(5)}% ${String(p.reviewedShare).padStart(5)}%  miss ${String(p.missing).padStart(4)}  stale ${String(p.stale).padStart(3)}  unused ${String(p.unused).padStart(3)}`
  console.log(`${'lang'.padEnd(8)} ${'screens: translated reviewed'.padEnd(58)} catalog: translated reviewed`)
  for (const r of rows) {
    console.log(`${r.code.padEnd(8)} ${cell(r.screens).padEnd(58)} ${cell(r.catalog)}`)
    for (const [where, p] of [
      ['screens', r.screens],
      ['catalog', r.catalog],
    ] as const) {
      for (const [kind, keys] of Object.entries(p.errors)) {
        const shown = flag('all') ? keys : keys.slice(0, 4)
        console.log(
          `         ${where} ${kind}: ${shown.join(', ')}${keys.length > shown.length ? ` (+${keys.length - shown.length}; --all lists them)` : ''}`,
        )
      }
    }
  }
}

function todo(lang: string) {
  const scopes = flag('screens') ? ['screens'] : flag('catalog') ? ['catalog'] : ['screens', 'catalog']
  if (scopes.includes('catalog') && INLINE_CATALOG.has(lang))
    fail(`${lang} catalog text is written inside catalog/*.yaml, beside the Japanese`)
  const prefix = option('prefix') ?? ''
  const limit = Number(option('limit') ?? Infinity)
  const out: Record<string, unknown> = {}
  for (const scope of scopes) {
    const sources = scope === 'screens' ? screenSources() : catalogSources()
    const entries = scope === 'screens' ? readScreenEntries(lang) : readCatalogEntries(lang).entries
    for (const s of sources) {
      if (!s.key.startsWith(prefix) || Object.keys(out).length >= limit) continue
      const e = entries[s.key]
      const why =
        !e || !e.text.trim() ? 'missing' : isStale(e, s) ? 'stale' : e.status === 'draft' ? 'draft' : undefined
      if (!why) continue
      out[s.key] = { why, ja: s.ja, en: s.en, ...(e?.text ? { now: e.text } : {}), hash: entryFor('', s).hash }
    }
  }
  // Every value quoted: a reader's YAML 1.1 parser would take an unquoted Yes or No for true or false.
  process.stdout.write(
    Object.keys(out).length
      ? stringify(out, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' })
      : '# nothing to do\n',
  )
}

function merge(lang: string, file: string) {
  const status = (option('status') ?? 'translated') as Status
  if (!(STATUSES as readonly string[]).includes(status)) fail(`--status must be one of ${STATUSES.join(', ')}`)
  const input = parse(readFileSync(file, 'utf8')) as Record<string, string | { text: string; status?: Status }>
  if (!input || typeof input !== 'object') fail(`${file}: expected "key: text" lines`)
  const screens = new Map(screenSources().map((s) => [s.key, s]))
  const catalog = new Map(catalogSources().map((s) => [s.key, s]))
  const screenEntries = readScreenEntries(lang)
  const catalogEntries = readCatalogEntries(lang).entries
  const unknown: string[] = []
  const changedScreens: string[] = []
  let c = 0
  for (const [key, value] of Object.entries(input)) {
    const text = typeof value === 'string' ? value : value?.text
    const st = (typeof value === 'object' && value?.status) || status
    if (typeof text !== 'string' || !text.trim()) {
      unknown.push(`${key} (no text)`)
      continue
    }
    if (catalog.has(key) && !INLINE_CATALOG.has(lang)) {
      catalogEntries[key] = entryFor(text.trim(), catalog.get(key) as SourceString, st)
      c += 1
    } else if (screens.has(key)) {
      screenEntries[key] = entryFor(text.trim(), screens.get(key) as SourceString, st)
      changedScreens.push(key)
    } else unknown.push(key)
  }
  if (c)
    writeCatalogEntries(
      lang,
      catalogEntries,
      catalogSources().map((x) => x.key),
    )
  if (changedScreens.length) writeScreenEntries(lang, screenEntries, changedScreens)
  console.log(`${lang}: ${c} catalog and ${changedScreens.length} screen texts recorded`)
  if (unknown.length) {
    console.error(`not recorded (unknown key or empty text):\n  ${unknown.join('\n  ')}`)
    process.exit(1)
  }
}

function accept(lang: string, keys: string[]) {
  const screens = new Map(screenSources().map((s) => [s.key, s]))
  const catalog = new Map(catalogSources().map((s) => [s.key, s]))
  const screenEntries = readScreenEntries(lang)
  const catalogEntries = readCatalogEntries(lang).entries
  // ja-easy and en keep their catalog text inside the catalog files: only their screens have entries here.
  const inCatalog = (key: string) => catalog.has(key) && !INLINE_CATALOG.has(lang)
  for (const key of keys) {
    const entries: Record<string, Entry> = inCatalog(key) ? catalogEntries : screenEntries
    const source = inCatalog(key) ? catalog.get(key) : screens.get(key)
    const e = entries[key]
    if (!source || !e) fail(`${key}: no such text in ${lang}`)
    entries[key] = entryFor(e!.text, source!, e!.status === 'draft' ? 'translated' : e!.status)
  }
  // Only the files that hold an accepted text are written.
  if (keys.some(inCatalog))
    writeCatalogEntries(
      lang,
      catalogEntries,
      catalogSources().map((x) => x.key),
    )
  const screenKeys = keys.filter((k) => !inCatalog(k))
  if (screenKeys.length) writeScreenEntries(lang, screenEntries, screenKeys)
}

switch (command) {
  case 'check': {
    const rows = checkAll()
    if (flag('json')) process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`)
    else printCheck(rows)
    process.exit(rows.some((r) => Object.keys(r.screens.errors).length || Object.keys(r.catalog.errors).length) ? 1 : 0)
    break
  }
  case 'todo':
    todo(known(positional[0]))
    break
  case 'merge':
    merge(known(positional[0]), positional[1] ?? fail('merge needs a file'))
    break
  case 'accept':
    accept(known(positional[0]), positional.slice(1))
    break
  default:
    fail('usage: npm run --silent i18n -- check [--json] | todo <lang> | merge <lang> <file> | accept <lang> <key>...')
}
