import { computed, type Ref, shallowRef } from 'vue'
import { useI18n } from 'vue-i18n'

import type { Localized } from '../catalog/schema'
import { createSearch, type Search, type SearchHit } from './search'
import { allNames, packedText, searchSource } from './source'

// One index per reader's language, built the first time it is needed and kept for the visit.
const indexes = new Map<string, Search>()
const namesHere = shallowRef(false)

export interface SearchTarget {
  to: string
  title: Localized | undefined
}

/** Where a hit leads, and its name: a document opens the first procedure that asks for it. */
export function targetOf(hit: SearchHit): SearchTarget {
  const id = hit.id
  if (hit.kind === 'procedure')
    return { to: `/procedures/${id}`, title: searchSource.procedures.find((x) => x.id === id)?.title }
  if (hit.kind === 'event')
    return { to: `/q/date?events=${id}`, title: searchSource.events.find((x) => x.id === id)?.title }
  if (hit.kind === 'office') return { to: `/offices/${id}`, title: searchSource.offices.find((x) => x.id === id)?.name }
  const doc = searchSource.documents.find((x) => x.id === id)
  return { to: doc?.usedBy ? `/procedures/${doc.usedBy}` : '/', title: doc?.title }
}

/** The hits for a query in the reader's language; empty until every language's names are here. */
export function useSearch(query: Ref<string>, limit = 20) {
  const { locale } = useI18n()
  if (!namesHere.value)
    void allNames().then(() => {
      namesHere.value = true
    })
  const search = computed(() => {
    if (!namesHere.value) return null
    let index = indexes.get(locale.value)
    if (!index) indexes.set(locale.value, (index = createSearch(searchSource, locale.value, { textIn: packedText })))
    return index
  })
  return {
    ready: computed(() => search.value !== null),
    hits: computed(() => (query.value && search.value ? search.value.search(query.value, limit) : [])),
  }
}
