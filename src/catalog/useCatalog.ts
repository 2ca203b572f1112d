// The one way screens reach catalog data: id-keyed lookups over what has arrived so far (the base
// part, the questions, and the procedures of the events fetched). Reading through it inside a render
// or a computed value makes that value follow the procedures as they arrive.
import { procedurePart } from 'virtual:catalog/loaders'
import { shallowRef } from 'vue'

import { base } from './base'
import { type CatalogIndex, indexCatalog } from './index'
import { catalogVersion, loadedProcedures, onCatalogChange } from './load'
import { questionWords } from './questions'
import type { Catalog } from './schema'

const version = shallowRef(catalogVersion())
onCatalogChange(() => {
  version.value = catalogVersion()
})
/** The catalog's own order of procedures, whatever order their parts arrived in. */
const order = new Map(Object.keys(procedurePart).map((id, i) => [id, i]))
let memo: { version: number; index: CatalogIndex } | undefined

function current(): CatalogIndex {
  const v = version.value
  if (memo?.version !== v) {
    const procedures = [...loadedProcedures().values()].sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0))
    const catalog: Catalog = { ...base, questions: questionWords.questions, procedures }
    memo = { version: v, index: indexCatalog(catalog) }
  }
  return memo.index
}

const live: CatalogIndex = {
  get catalog() {
    return current().catalog
  },
  procedure: (id) => current().procedure(id),
  office: (id) => current().office(id),
  counter: (office, counter) => current().counter(office, counter),
  document: (id) => current().document(id),
  question: (id) => current().question(id),
  event: (id) => current().event(id),
  service: (id) => current().service(id),
  countersOf: (procedure) => current().countersOf(procedure),
}

export function useCatalog(): CatalogIndex {
  return live
}
