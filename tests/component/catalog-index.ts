// The real catalog behind useCatalog() for component tests: the build's parts do not arrive by fetch
// here, so a test mocks useCatalog with this index (vi.mock('../../src/catalog/useCatalog', …)).
import { indexCatalog } from '../../src/catalog/index'
import { realCatalog } from '../helpers/catalog'

export const index = indexCatalog(realCatalog())

export function procedure(where: (p: (typeof index.catalog.procedures)[number]) => boolean) {
  const found = index.catalog.procedures.find(where)
  if (!found) throw new Error('no procedure in the catalog fits this test')
  return found
}
