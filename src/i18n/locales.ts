import type { Localized } from '../catalog/schema'

export const LOCALES = ['ja', 'ja-easy', 'en'] as const
export type Locale = (typeof LOCALES)[number]

/** Catalog text in the reader's language, falling back to Japanese, the source language. */
export function pick(text: Localized | undefined, locale: string): string {
  if (!text) return ''
  return (text as Record<string, string | undefined>)[locale] ?? text.ja
}

/** The language tag used for Intl formatting and the lang attribute. */
export function bcp47(locale: string): string {
  return locale === 'ja-easy' ? 'ja' : locale
}
