// The one way screens reach catalog data: the bundled catalog, indexed by id once per page load.
import catalog from 'virtual:catalog'
import { indexCatalog, type CatalogIndex } from './index'

let index: CatalogIndex | undefined

export function useCatalog(): CatalogIndex {
  index ??= indexCatalog(catalog)
  return index
}
