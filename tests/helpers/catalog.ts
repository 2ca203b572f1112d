import { loadCatalog } from '../../scripts/lib/catalog-files'
import type { Catalog } from '../../src/catalog/schema'
import { formatError } from '../../src/catalog/validate'

let cached: Catalog | undefined

/** The real catalog, validated once per test file. */
export function realCatalog(): Catalog {
  if (cached) return cached
  const { catalog, errors } = loadCatalog()
  if (!catalog) throw new Error(`catalog is broken:\n${errors.map(formatError).join('\n')}`)
  cached = catalog
  return catalog
}
