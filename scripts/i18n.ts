// npm run --silent i18n -- <command>: the translators' tool (see locales/README.md).
//   check [--json]                 each language's screens and catalog: translated, reviewed, missing,
//                                  unused, stale, and the errors that break a text. Exit 1 on errors.
//   todo <lang> [--screens|--catalog] [--prefix p] [--limit n]
//                                  what is missing, stale or draft, as YAML with the Japanese and English
//   merge <lang> <file.yaml> [--status draft|translated|reviewed]
//                                  takes { key: text } (or { key: { text, status } }) and records each
//                                  text with the hash of its current Japanese
//   accept <lang> <key>...         the text is right for the current Japanese (after a stale fix)
import { readFileSync } from 'node:fs'
import { parse, stringify } from 'yaml'
import { LOCALES, SOURCE_LOCALE } from '../src/i18n/registry'
import { checkTranslations, entryFor, furiganaError, isStale, STATUSES, type Entry, type SourceString, type Status, type TranslationCheck } from '../src/i18n/translations'
import { checkLocale } from '../src/i18n/locale-check'
import { loadCatalog } from './lib/catalog-files'
import { catalogTexts } from '../src/catalog/text-keys'
import { catalogSources, INLINE_CATALOG, readCatalogEntries, readScreenEntries, readScreens, readTerms, screenSources, writeCatalogEntries, writeScreenEntries } from './lib/translations'

const [command, ...rest] = process.argv.slice(2)
const flag = (name: string) => rest.includes(`--${name}`)
const option = (name: string) => { const i = rest.indexOf(`--${name}`); return i >= 0 ? rest[i + 1] : undefined }
const positional = rest.filter((a, i) => !a.startsWith('--') && !(i > 0 && ['--prefix', '--limit', '--status'].includes(rest[i - 1] as string)))
const fail = (message: string): never => { process.stderr.write(`${message}\n`); process.exit(2) }
const known = (lang: string | undefined) => (lang && LOCALES.some((l) => l.code === lang) ? lang : fail(`unknown language "${lang ?? ''}": one of ${LOCALES.map((l) => l.code).join(', ')}`))

const share = (n: number, of: number) => (of ? Math.round((n / of) * 1000) / 10 : 100)

interface Part { translated: number; reviewed: number; total: number; translatedShare: number; reviewedShare: number; missing: number; unused: number; stale: number; errors: Record<string, string[]>; warnings: Record<string, string[]> }

function part(check: TranslationCheck, errors: Record<string, string[]>, warnings: Record<string, string[]>): Part {
  return {
    total: check.total, translated: check.translated, reviewed: check.reviewed,
    translatedShare: share(check.translated, check.total), reviewedShare: share(check.reviewed, check.total),
    missing: check.missing.length, unused: check.unused.length, stale: check.stale.length,
    errors: Object.fromEntries(Object.entries(errors).filter(([, v]) => v.length)),
    warnings: Object.fromEntries(Object.entries(warnings).filter(([, v]) => v.length)),
  }
}

function checkAll() {
  const screens = screenSources()
  const catalog = catalogSources()
  return LOCALES.filter((l) => l.code !== SOURCE_LOCALE).map(({ code, name }) => {
    const terms = readTerms(code)
    const s = checkTranslations(screens, readScreenEntries(code), code, terms)
    const screenLegacy = checkLocale(readScreens(SOURCE_LOCALE), readScreens(code), { furigana: code === 'ja-easy' })
    const screenPart = part(s, {
      placeholder: s.placeholderErrors, syntax: screenLegacy.syntax, furigana: s.furiganaErrors, html: s.html,
      kanjiWithoutReading: screenLegacy.kanjiWithoutReading,
      ...(INLINE_CATALOG.has(code) ? {} : { inJapanese: s.inJapanese, inEnglish: s.inEnglish }),
    }, { drafts: s.drafts, stale: s.stale, unused: s.unused, termMismatches: s.termMismatches })
    let catalogPart: Part
    if (INLINE_CATALOG.has(code)) {
      // ja-easy and en are written in the catalog beside the Japanese, checked by the catalog's own build.
      const inline = catalogInline(catalog, code)
      catalogPart = inline
    } else {
      const { entries, problems } = readCatalogEntries(code)
      const c = checkTranslations(catalog, entries, code, terms)
      catalogPart = part(c, { file: problems, placeholder: c.placeholderErrors, furigana: c.furiganaErrors, html: c.html, inJapanese: c.inJapanese, inEnglish: c.inEnglish }, { drafts: c.drafts, stale: c.stale, unused: c.unused, termMismatches: c.termMismatches })
    }
    return { code, name, screens: screenPart, catalog: catalogPart, terms: terms.length }
  })
}

/** ja-easy and en inside the catalog: present or not, and furigana that parses. */
function catalogInline(sources: SourceString[], code: string): Part {
  const texts = inlineTexts(code)
  const missing = sources.filter((s) => !texts.get(s.key))
  const furigana = code === 'ja-easy' ? [...texts].filter(([, t]) => furiganaError(t)).map(([k]) => k) : []
  const translated = sources.length - missing.length
  return { total: sources.length, translated, reviewed: 0, translatedShare: share(translated, sources.length), reviewedShare: 0, missing: missing.length, unused: 0, stale: 0, errors: furigana.length ? { furigana } : {}, warnings: {} }
}

const inlineCache = new Map<string, Map<string, string>>()
/** A language's texts written inside the catalog, by key. */
function inlineTexts(code: string): Map<string, string> {
  if (!inlineCache.has(code)) {
    const { catalog } = loadCatalog()
    inlineCache.set(code, new Map(catalogTexts(catalog).flatMap(({ key, node }) => (typeof node[code] === 'string' ? [[key, node[code] as string]] : []))))
  }
  return inlineCache.get(code) as Map<string, string>
}

function printCheck(rows: ReturnType<typeof checkAll>) {
  const cell = (p: Part) => `${String(p.translatedShare).padStart(5)}% ${String(p.reviewedShare).padStart(5)}%  miss ${String(p.missing).padStart(4)}  stale ${String(p.stale).padStart(3)}  unused ${String(p.unused).padStart(3)}`
  console.log(`${'lang'.padEnd(8)} ${'screens: translated reviewed'.padEnd(58)} catalog: translated reviewed`)
  for (const r of rows) {
    console.log(`${r.code.padEnd(8)} ${cell(r.screens).padEnd(58)} ${cell(r.catalog)}`)
    for (const [where, p] of [['screens', r.screens], ['catalog', r.catalog]] as const) {
      for (const [kind, keys] of Object.entries(p.errors)) console.log(`         ${where} ${kind}: ${keys.slice(0, 4).join(', ')}${keys.length > 4 ? ` (+${keys.length - 4})` : ''}`)
    }
  }
}

function todo(lang: string) {
  const scopes = flag('screens') ? ['screens'] : flag('catalog') ? ['catalog'] : ['screens', 'catalog']
  if (scopes.includes('catalog') && INLINE_CATALOG.has(lang)) fail(`${lang} catalog text is written inside catalog/*.yaml, beside the Japanese`)
  const prefix = option('prefix') ?? ''
  const limit = Number(option('limit') ?? Infinity)
  const out: Record<string, unknown> = {}
  for (const scope of scopes) {
    const sources = scope === 'screens' ? screenSources() : catalogSources()
    const entries = scope === 'screens' ? readScreenEntries(lang) : readCatalogEntries(lang).entries
    for (const s of sources) {
      if (!s.key.startsWith(prefix) || Object.keys(out).length >= limit) continue
      const e = entries[s.key]
      const why = !e || !e.text.trim() ? 'missing' : isStale(e, s) ? 'stale' : e.status === 'draft' ? 'draft' : undefined
      if (!why) continue
      out[s.key] = { why, ja: s.ja, en: s.en, ...(e?.text ? { now: e.text } : {}), hash: entryFor('', s).hash }
    }
  }
  // Every value quoted: a reader's YAML 1.1 parser would take an unquoted Yes or No for true or false.
  process.stdout.write(Object.keys(out).length ? stringify(out, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' }) : '# nothing to do\n')
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
  let s = 0
  let c = 0
  for (const [key, value] of Object.entries(input)) {
    const text = typeof value === 'string' ? value : value?.text
    const st = (typeof value === 'object' && value?.status) || status
    if (typeof text !== 'string' || !text.trim()) { unknown.push(`${key} (no text)`); continue }
    if (catalog.has(key) && !INLINE_CATALOG.has(lang)) { catalogEntries[key] = entryFor(text.trim(), catalog.get(key) as SourceString, st); c += 1 }
    else if (screens.has(key)) { screenEntries[key] = entryFor(text.trim(), screens.get(key) as SourceString, st); s += 1 }
    else unknown.push(key)
  }
  if (c) writeCatalogEntries(lang, catalogEntries, catalogSources().map((x) => x.key))
  if (s) writeScreenEntries(lang, screenEntries)
  console.log(`${lang}: ${c} catalog and ${s} screen texts recorded`)
  if (unknown.length) { console.error(`not recorded (unknown key or empty text):\n  ${unknown.join('\n  ')}`); process.exit(1) }
}

function accept(lang: string, keys: string[]) {
  const screens = new Map(screenSources().map((s) => [s.key, s]))
  const catalog = new Map(catalogSources().map((s) => [s.key, s]))
  const screenEntries = readScreenEntries(lang)
  const catalogEntries = readCatalogEntries(lang).entries
  for (const key of keys) {
    const entries: Record<string, Entry> = catalog.has(key) ? catalogEntries : screenEntries
    const source = catalog.get(key) ?? screens.get(key)
    const e = entries[key]
    if (!source || !e) fail(`${key}: no such text in ${lang}`)
    entries[key] = entryFor(e!.text, source!, e!.status === 'draft' ? 'translated' : e!.status)
  }
  writeCatalogEntries(lang, catalogEntries, catalogSources().map((x) => x.key))
  writeScreenEntries(lang, screenEntries)
}

switch (command) {
  case 'check': {
    const rows = checkAll()
    if (flag('json')) process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`)
    else printCheck(rows)
    process.exit(rows.some((r) => Object.keys(r.screens.errors).length || Object.keys(r.catalog.errors).length) ? 1 : 0)
    break
  }
  case 'todo': todo(known(positional[0])); break
  case 'merge': merge(known(positional[0]), positional[1] ?? fail('merge needs a file')); break
  case 'accept': accept(known(positional[0]), positional.slice(1)); break
  default: fail('usage: npm run --silent i18n -- check [--json] | todo <lang> | merge <lang> <file> | accept <lang> <key>...')
}
