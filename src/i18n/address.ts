// The reader's language travels in every address as `lang=<code>` (Japanese, the default, needs none),
// so that a link copied, shared, bookmarked or opened in a new tab shows the same words. Pure: the
// router's wiring is src/modules/locale-address.ts. `lang` is a setting, never an answer (answers/encoding.ts).
import { LOCALES, SOURCE_LOCALE } from './registry'

export const LANG_KEY = 'lang'

/** A query as vue-router and URLSearchParams hold it. */
type Query = Record<string, unknown>

/** The app language an address names, or null: none named, or one the app does not have (ignored). */
export function localeInQuery(query: Query): string | null {
  const value = query[LANG_KEY]
  const code = Array.isArray(value) ? (value[0] as unknown) : value
  return typeof code === 'string' && LOCALES.some((l) => l.code === code) ? code : null
}

/** The same query in this language: `lang` names it last, and is left out for Japanese. */
export function queryIn<Q extends Query>(query: Q, locale: string): Q {
  const rest: Query = { ...query }
  delete rest[LANG_KEY]
  return (locale === SOURCE_LOCALE ? rest : { ...rest, [LANG_KEY]: locale }) as Q
}

/** Whether the query already says this language as queryIn would write it. */
export function saysLocale(query: Query, locale: string): boolean {
  return locale === SOURCE_LOCALE ? !(LANG_KEY in query) : query[LANG_KEY] === locale
}

/** Two addresses (paths with query and hash) that differ in their language only. */
export function sameButLanguage(a: string, b: string): boolean {
  const bare = (address: string) => {
    const url = new URL(address, 'http://app.invalid')
    url.searchParams.delete(LANG_KEY)
    return `${url.pathname}?${url.searchParams.toString()}${url.hash}`
  }
  return bare(a) === bare(b)
}
