// `npm run --silent search -- '<words>'`: the app's search over the whole catalog, in every language,
// for content editors and translators. Prints the ranked hits as JSON; exit 2 on an empty query.
import type { Catalog, Localized } from '../../src/catalog/schema'
import { catalogTexts, type TextNode } from '../../src/catalog/text-keys'
import { formatError } from '../../src/catalog/validate'
import { pick } from '../../src/i18n/locales'
import { LOCALES } from '../../src/i18n/registry'
import { createSearch } from '../../src/search'
import { loadCatalog } from './catalog-files'
import { INLINE_CATALOG, readCatalogEntries } from './translations'

export interface CliResult {
  code: number
  out: string
  err: string
}

const USAGE = "usage: npm run --silent search -- '<words>' [--locale ja|en|vi|…] [--limit 10]"

/** Every language's words for the catalog read whole: inline for ja, ja-easy and en, from the translation files for the rest. */
function textInAll(catalog: Catalog) {
  const keyOf = new Map<TextNode, string>(catalogTexts(catalog).map(({ key, node }) => [node, key]))
  const translations = new Map(
    LOCALES.filter((l) => !INLINE_CATALOG.has(l.code)).map((l) => [l.code, readCatalogEntries(l.code).entries]),
  )
  return (text: Localized, language: string): string | undefined => {
    if (language === 'ja') return text.ja
    const inline = (text as Record<string, string | undefined>)[language]
    if (inline) return inline
    const key = keyOf.get(text)
    return key ? translations.get(language)?.[key]?.text : undefined
  }
}

// Read once per process: the catalog and every language's words do not change while it runs (the tests call it often).
// Each language's index is built the first time that language is searched.
type Loaded = {
  catalog: Catalog
  textIn: ReturnType<typeof textInAll>
  searches: Map<string, ReturnType<typeof createSearch>>
}
let loaded: Loaded | { errors: string[] } | undefined
function load() {
  if (!loaded) {
    const { catalog, errors } = loadCatalog()
    loaded = catalog
      ? { catalog, textIn: textInAll(catalog), searches: new Map() }
      : { errors: errors.map(formatError) }
  }
  return loaded
}

export function runSearch(args: readonly string[]): CliResult {
  const words: string[] = []
  let locale = 'ja'
  let limit = 10
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!
    if (arg === '--locale') locale = args[++i] ?? ''
    else if (arg === '--limit') limit = Number(args[++i])
    else words.push(arg)
  }
  const query = words.join(' ').trim()
  if (!query) return { code: 2, out: '', err: `search: nothing to look for.\n${USAGE}\n` }
  if (!LOCALES.some((l) => l.code === locale))
    return { code: 2, out: '', err: `search: unknown locale "${locale}" (${LOCALES.map((l) => l.code).join(', ')}).\n` }
  if (!Number.isInteger(limit) || limit < 1)
    return { code: 2, out: '', err: `search: --limit takes a whole number from 1.\n${USAGE}\n` }
  const data = load()
  if ('errors' in data)
    return { code: 1, out: '', err: `The catalog is broken:\n${data.errors.map((e) => `  - ${e}`).join('\n')}\n` }
  const { catalog, textIn } = data
  let search = data.searches.get(locale)
  if (!search) data.searches.set(locale, (search = createSearch(catalog, locale, { textIn })))
  const hits = search.search(query, limit)
  const titleOf = (kind: string, id: string): Localized | undefined => {
    if (kind === 'procedure') return catalog.procedures.find((p) => p.id === id)?.title
    if (kind === 'event') return catalog.events.find((e) => e.id === id)?.title
    if (kind === 'office') return catalog.offices.find((o) => o.id === id)?.name
    return catalog.documents.find((d) => d.id === id)?.title
  }
  const shown = hits.map((h) => {
    const title = titleOf(h.kind, h.id)
    return {
      kind: h.kind,
      id: h.id,
      score: h.score,
      title: title ? (textIn(title, locale) ?? pick(title, locale)) : h.id,
      ja: title?.ja,
    }
  })
  return { code: 0, out: `${JSON.stringify({ query, locale, hits: shown }, null, 2)}\n`, err: '' }
}
