import { describe, expect, it } from 'vitest'
import { applyPack, splitLanguages, texts } from '../../../src/catalog/packs'
import { realCatalog } from '../../helpers/catalog'

// Loaded once for the file, outside any test's time limit, like the other tests on the real catalog.
const catalog = realCatalog()

describe('catalog language packs', () => {
  it('the bundle keeps only Japanese, and each pack puts its language back exactly', () => {
    const { base, packs } = splitLanguages(catalog, ['ja-easy', 'en'])
    expect(texts(base).every((t) => Object.keys(t).join() === 'ja')).toBe(true)
    expect(JSON.stringify(base).length).toBeLessThan(JSON.stringify(catalog).length * 0.6)
    applyPack(base, 'ja-easy', packs['ja-easy']!)
    applyPack(base, 'en', packs.en!)
    expect(base).toEqual(catalog)
  })

  it('refuses a pack made for another catalog', () => {
    const { base, packs } = splitLanguages(catalog, ['en'])
    expect(() => applyPack(base, 'en', packs.en!.slice(1))).toThrow('does not fit')
  })
})
