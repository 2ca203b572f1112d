// Search for residents who type instead of answering: procedures, life events, offices and documents
// from one query in any script (漢字, ひらがな, カタカナ, full-width, English for the en locale).
import { LOCALES } from '../i18n/registry'
import { entries, type EntryOptions, inlineText, type SearchKind, type SearchSource } from './entries'
import { buildIndex } from './inverted-index'
import { normalise } from './normalise'
import { createScorer, type Scored } from './scorer'
import { SYNONYMS } from './synonyms'

export type { SearchKind } from './entries'

export interface SearchHit {
  kind: SearchKind
  id: string
  score: number
}

export interface Search {
  /** The best `limit` hits, best first; none when too little of the query matches anything. */
  search(query: string, limit?: number): SearchHit[]
}

/** Hits far below the best one are noise for the resident. */
const MIN_SHARE_OF_BEST = 0.3
/** A match found only through a synonym ranks a little below the same match typed directly. */
const SYNONYM = 0.9
const MAX_QUERY = 200

const synonyms = Object.entries(SYNONYMS).map(([word, others]) => ({
  word: normalise(word),
  others: others.map(normalise),
}))

/**
 * Builds the index once for a catalog and the reader's language. Names are indexed in every language
 * (`languages`), read through `textIn` (the app's language packs; inline for a catalog read whole).
 */
export function createSearch(catalog: SearchSource, locale: string, options: Partial<EntryOptions> = {}): Search {
  const list = entries(catalog, locale, {
    languages: options.languages ?? LOCALES.map((l) => l.code),
    textIn: options.textIn ?? inlineText,
  })
  const score = createScorer(buildIndex(list))

  function search(query: string, wanted = 10): SearchHit[] {
    const limit = Number.isFinite(wanted) ? Math.max(0, Math.floor(wanted)) : 10
    const text = normalise(query.slice(0, MAX_QUERY))
    const best = new Map<number, number>()
    const add = (hits: Scored[], factor: number) => {
      for (const { entry, score } of hits) best.set(entry, Math.max(best.get(entry) ?? 0, score * factor))
    }
    add(score(text, limit), 1)
    for (const { word, others } of synonyms) {
      if (text.includes(word)) for (const other of others) add(score(text.replace(word, other), limit), SYNONYM)
    }
    const ranked = [...best].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, limit)
    const floor = (ranked[0]?.[1] ?? 0) * MIN_SHARE_OF_BEST
    return ranked
      .filter(([, s]) => s >= floor)
      .map(([entry, s]) => {
        const { kind, id } = list[entry] as (typeof list)[number]
        return { kind, id, score: Math.round(s * 1000) / 1000 }
      })
  }

  return { search }
}
