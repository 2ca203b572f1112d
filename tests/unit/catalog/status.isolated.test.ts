import { describe, expect, it, vi } from 'vitest'

import { languageStanding } from '../../../src/catalog/status'

vi.mock('virtual:catalog/status', () => ({
  default: {
    ja: { catalog: 1, reviewed: 1 },
    en: { catalog: 0.98, reviewed: 0.979 },
    ko: { catalog: 1, reviewed: 0.98 },
    tl: { catalog: 0.979, reviewed: 1 },
    vi: { catalog: 0.456, reviewed: 0 },
  },
}))

describe('how far a language goes in the catalog', () => {
  it.each([
    ['en', { percent: 98, whole: true, checked: false }],
    ['ko', { percent: 100, whole: true, checked: true }],
    ['tl', { percent: 97, whole: false, checked: true }],
    ['vi', { percent: 45, whole: false, checked: false }],
  ])('%s: %o', (code, standing) => {
    expect(languageStanding(code)).toEqual(standing)
  })

  it('is not told for Japanese, the source, nor for a language the build did not measure', () => {
    expect(languageStanding('ja')).toBeUndefined()
    expect(languageStanding('ne')).toBeUndefined()
  })
})
