import { describe, expect, it } from 'vitest'

import { suggestedLocale } from '../../../src/i18n/registry'

describe('the language offered to a browser that prefers another', () => {
  it.each([
    [['vi-VN', 'en'], 'vi'],
    [['zh-TW'], 'zh-Hant'],
    [['zh-HK', 'en'], 'zh-Hant'],
    [['zh-CN'], 'zh-Hans'],
    [['zh'], 'zh-Hans'],
    [['fil-PH'], 'tl'],
    [['ko-KR'], 'ko'],
    [['ne-NP'], 'ne'],
    [['my-MM'], 'my'],
    [['fr-FR', 'en-US'], 'en'],
  ])('%j → %s', (preferred, code) => {
    expect(suggestedLocale(preferred)?.code).toBe(code)
  })

  it('offers nothing to a reader who prefers Japanese first, or whose languages the app lacks', () => {
    expect(suggestedLocale(['ja-JP', 'vi'])).toBeNull()
    expect(suggestedLocale(['ja'])).toBeNull()
    expect(suggestedLocale(['fr-FR', 'de'])).toBeNull()
    expect(suggestedLocale([])).toBeNull()
  })

  it('words each offer in its own language', () => {
    expect(suggestedLocale(['vi'])?.suggest).toBe('Xem bằng Tiếng Việt')
  })
})
