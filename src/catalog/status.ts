// How far each language goes in the catalog's own words, as the build measured it. The screens ask
// here, never the build's virtual module.
import status from 'virtual:catalog/status'

import { SOURCE_LOCALE } from '../i18n/registry'

/** From this share on, a language counts as having the catalog in its own words, or as checked. */
export const WHOLE_SHARE = 0.98

export interface LanguageStanding {
  /** The whole per cent of the catalog's texts the language shows in its own words. */
  percent: number
  /** Nearly all of it is in the language's own words; else much is shown in a fallback language. */
  whole: boolean
  /** A second translator has checked nearly all of it. */
  checked: boolean
}

/** How far a language's catalog words go; undefined for Japanese (the source) and for a language the build did not measure. */
export function languageStanding(code: string): LanguageStanding | undefined {
  const s = status[code]
  if (code === SOURCE_LOCALE || !s) return undefined
  return { percent: Math.floor(s.catalog * 100), whole: s.catalog >= WHOLE_SHARE, checked: s.reviewed >= WHOLE_SHARE }
}
