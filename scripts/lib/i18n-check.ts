// How each language stands, screens and catalog apart: what `npm run i18n -- check` prints (Node only).
// Errors break a text for the reader and make the check fail; warnings are work still to do.
import { catalogTexts } from '../../src/catalog/text-keys'
import { checkLocale, type Messages } from '../../src/i18n/locale-check'
import { LOCALES, SOURCE_LOCALE } from '../../src/i18n/registry'
import {
  checkInlineTexts,
  checkTranslations,
  type Entry,
  type SourceString,
  type Term,
  type TranslationCheck,
} from '../../src/i18n/translations'
import { loadCatalog } from './catalog-files'
import {
  catalogSources,
  INLINE_CATALOG,
  readCatalogEntries,
  readScreenEntries,
  readScreens,
  readTerms,
  screenSources,
} from './translations'

const share = (n: number, of: number) => (of ? Math.round((n / of) * 1000) / 10 : 100)

export interface Part {
  translated: number
  reviewed: number
  total: number
  translatedShare: number
  reviewedShare: number
  missing: number
  unused: number
  stale: number
  errors: Record<string, string[]>
  warnings: Record<string, string[]>
}

function part(check: TranslationCheck, errors: Record<string, string[]>, warnings: Record<string, string[]>): Part {
  return {
    total: check.total,
    translated: check.translated,
    reviewed: check.reviewed,
    translatedShare: share(check.translated, check.total),
    reviewedShare: share(check.reviewed, check.total),
    missing: check.missing.length,
    unused: check.unused.length,
    stale: check.stale.length,
    errors: Object.fromEntries(Object.entries(errors).filter(([, v]) => v.length)),
    warnings: Object.fromEntries(Object.entries(warnings).filter(([, v]) => v.length)),
  }
}

/** やさしい日本語 that drops a fact of the Japanese or shows kanji without a reading (empty for other languages). */
const easyErrors = (c: TranslationCheck) => ({
  droppedFacts: c.droppedFacts,
  kanjiWithoutReading: c.kanjiWithoutReading,
})

/** What the check reads; the files under locales/ and catalog/ unless a test gives its own. */
export interface CheckInput {
  languages: readonly { code: string; name: string }[]
  screens: readonly SourceString[]
  catalog: readonly SourceString[]
  screenMessages(code: string): Messages
  screenEntries(code: string): Record<string, Entry>
  catalogEntries(code: string): { entries: Record<string, Entry>; problems: string[] }
  /** ja-easy and en: the texts written inside the catalog, by key. */
  inlineTexts(code: string): ReadonlyMap<string, string>
  terms(code: string): Term[]
}

export function filesInput(): CheckInput {
  return {
    languages: LOCALES.filter((l) => l.code !== SOURCE_LOCALE),
    screens: screenSources(),
    catalog: catalogSources(),
    screenMessages: readScreens,
    screenEntries: readScreenEntries,
    catalogEntries: readCatalogEntries,
    inlineTexts,
    terms: readTerms,
  }
}

export function checkAll(input: CheckInput = filesInput()) {
  const { screens, catalog } = input
  return input.languages.map(({ code, name }) => {
    const terms = input.terms(code)
    const s = checkTranslations(screens, input.screenEntries(code), code, terms)
    const screenLegacy = checkLocale(input.screenMessages(SOURCE_LOCALE), input.screenMessages(code))
    const screenPart = part(
      s,
      {
        placeholder: s.placeholderErrors,
        syntax: screenLegacy.syntax,
        furigana: s.furiganaErrors,
        html: s.html,
        ...easyErrors(s),
        ...(INLINE_CATALOG.has(code) ? {} : { inJapanese: s.inJapanese, inEnglish: s.inEnglish }),
      },
      { drafts: s.drafts, stale: s.stale, unused: s.unused, termMismatches: s.termMismatches },
    )
    let catalogPart: Part
    if (INLINE_CATALOG.has(code)) {
      // ja-easy and en are written in the catalog beside the Japanese: never stale, but checked the same way.
      const c = checkInlineTexts(catalog, input.inlineTexts(code), code)
      catalogPart = part(c, { furigana: c.furiganaErrors, ...easyErrors(c) }, {})
    } else {
      const { entries, problems } = input.catalogEntries(code)
      const c = checkTranslations(catalog, entries, code, terms)
      catalogPart = part(
        c,
        {
          file: problems,
          placeholder: c.placeholderErrors,
          furigana: c.furiganaErrors,
          html: c.html,
          inJapanese: c.inJapanese,
          inEnglish: c.inEnglish,
        },
        { drafts: c.drafts, stale: c.stale, unused: c.unused, termMismatches: c.termMismatches },
      )
    }
    return { code, name, screens: screenPart, catalog: catalogPart, terms: terms.length }
  })
}

const inlineCache = new Map<string, Map<string, string>>()
/** A language's texts written inside the catalog, by key. */
function inlineTexts(code: string): Map<string, string> {
  if (!inlineCache.has(code)) {
    const { catalog } = loadCatalog()
    inlineCache.set(
      code,
      new Map(
        catalogTexts(catalog).flatMap(({ key, node }) => (typeof node[code] === 'string' ? [[key, node[code]]] : [])),
      ),
    )
  }
  return inlineCache.get(code) as Map<string, string>
}
