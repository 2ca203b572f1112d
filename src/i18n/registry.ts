// The languages of the app. Each shows its own catalog text where it has it, else its fallbacks in
// order (marked with their own lang), never a raw key.
import languages from '../../locales/registry/languages.json'

export interface LocaleInfo {
  code: string
  /** The language's own name, as its readers look for it. */
  name: string
  /** BCP 47 tag for lang attributes and Intl. */
  tag: string
  /** Where catalog text comes from when this language has none, in order. */
  content: readonly string[]
  /** An offer to switch to it, in its own words, for a browser that prefers it ("Xem bằng Tiếng Việt"). */
  suggest?: string
}

/** The languages, as data (locales/registry/languages.json): a new language is a line there and its files. */
export const LOCALES: readonly LocaleInfo[] = (
  languages as { code: string; name: string; tag: string; fallback: string[]; suggest?: string }[]
).map(({ fallback, ...l }) => ({ ...l, content: [l.code, ...fallback] }))

export const SOURCE_LOCALE = 'ja'

/**
 * The languages the catalog's files write beside the Japanese (the schema's Localized text); every
 * other language's catalog words live in locales/catalog/ and travel as packs.
 */
export const CATALOG_INLINE_LANGUAGES: readonly string[] = [SOURCE_LOCALE, 'ja-easy', 'en']

export function localeInfo(code: string): LocaleInfo {
  return LOCALES.find((l) => l.code === code) ?? (LOCALES[0] as LocaleInfo)
}

/**
 * The app language a browser's preferred languages (navigator.languages) ask for, when it is not
 * Japanese: the first preference the app has. A reader who prefers Japanese before any of them is
 * offered nothing.
 */
export function suggestedLocale(preferred: readonly string[]): LocaleInfo | null {
  for (const raw of preferred) {
    const tag = raw.toLowerCase()
    if (tag === 'ja' || tag.startsWith('ja-')) return null
    const code = /^zh-(hant|tw|hk|mo)/.test(tag)
      ? 'zh-Hant'
      : tag.startsWith('zh')
        ? 'zh-Hans'
        : tag.startsWith('fil')
          ? 'tl'
          : tag.split('-')[0]
    const found = LOCALES.find((l) => l.code === code && l.suggest)
    if (found) return found
  }
  return null
}
