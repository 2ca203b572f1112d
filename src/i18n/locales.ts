import type { Localized } from '../catalog/schema'
import { packText } from '../catalog/text-packs'
import { localeInfo } from './registry'

export interface Picked {
  text: string
  /** The language the text is actually in (differs from the screen's when a translation is missing). */
  tag: string
}

/** Catalog text in the reader's language, else the language's fallback, else Japanese. */
export function pickWithLang(text: Localized | undefined, locale: string): Picked {
  if (!text) return { text: '', tag: 'ja' }
  const record = text as Record<string, string | undefined>
  for (const code of localeInfo(locale).content) {
    // The language's pack first; a catalog read whole (the build, the tests) holds it inline.
    const value = code === 'ja' ? text.ja : (packText(text, code) ?? record[code])
    if (value) return { text: value, tag: localeInfo(code).tag }
  }
  return { text: text.ja, tag: 'ja' }
}

export function pick(text: Localized | undefined, locale: string): string {
  return pickWithLang(text, locale).text
}

/** The language tag used for Intl formatting and the lang attribute. */
export function bcp47(locale: string): string {
  return localeInfo(locale).tag
}

/**
 * The two languages of 「一緒に見る」: the reader's, then Japanese for the helper or the counter clerk;
 * null when the screen is already in Japanese (やさしい日本語 included), where both read the same page.
 */
export function helperLanguages(locale: string): [string, string] | null {
  return bcp47(locale) === 'ja' ? null : [locale, 'ja']
}
