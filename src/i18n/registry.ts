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
}

/** The languages, as data (locales/registry/languages.json): a new language is a line there and its files. */
export const LOCALES: readonly LocaleInfo[] = (languages as { code: string; name: string; tag: string; fallback: string[] }[])
  .map(({ fallback, ...l }) => ({ ...l, content: [l.code, ...fallback] }))

export const SOURCE_LOCALE = 'ja'

export function localeInfo(code: string): LocaleInfo {
  return LOCALES.find((l) => l.code === code) ?? (LOCALES[0] as LocaleInfo)
}
