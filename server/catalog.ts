// The validated catalog, read once per process: the waits simulator needs its offices and the page
// routes its ids, and reading and validating every file takes about half a second.
import { loadCatalog } from '../scripts/lib/catalog-files'
import type { Catalog } from '../src/catalog/schema'

let loaded: { catalog: Catalog | null } | undefined

/** The catalog, or null while it is broken (a content edit in progress) or cannot be read. */
export function catalogOnce(): Catalog | null {
  if (loaded) return loaded.catalog
  try {
    loaded = { catalog: loadCatalog().catalog }
  } catch (error) {
    console.error('catalog:', error)
    loaded = { catalog: null }
  }
  return loaded.catalog
}
