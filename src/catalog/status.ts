// How far each language goes in the catalog's own words, as the build measured it: the screens ask
// here, never the build's virtual module, so a test or a tool can tell them another story in one place.
import status from 'virtual:catalog/status'

export interface CatalogLanguageStatus {
  /** The share of catalog texts the language shows in its own words (current translations). */
  catalog: number
  /** Of those, the share a second translator has checked. */
  reviewed: number
}

/** A language's share of translated and of reviewed catalog text; undefined for a language the build did not measure. */
export function catalogStatus(code: string): CatalogLanguageStatus | undefined {
  return status[code]
}
