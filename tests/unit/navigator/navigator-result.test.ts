import { describe, expect, it } from 'vitest'

import { loadCatalog } from '../../../scripts/lib/catalog-files'
import { navigatorResult } from '../../../src/composables/useNavigator'
import { createNavigator } from '../../../src/navigator/navigate'
import { family } from '../../helpers/family'

const { catalog } = loadCatalog()
if (!catalog) throw new Error('the catalog does not load')

describe('the result computed ahead of its screen', () => {
  it('is the very result the screen then draws for the same answers', () => {
    const ahead = navigatorResult(catalog, family())
    expect(navigatorResult(catalog, family())).toBe(ahead)
    expect(ahead).toEqual(createNavigator(catalog)(family()))
  })

  it('is computed afresh for other answers, or another catalog', () => {
    const ahead = navigatorResult(catalog, family())
    const other = navigatorResult(catalog, { ...family(), insurance: ['employee'] })
    expect(other).not.toBe(ahead)
    expect(other).toEqual(createNavigator(catalog)({ ...family(), insurance: ['employee'] }))
    expect(navigatorResult({ ...catalog }, family())).not.toBe(ahead)
  })
})
