import { describe, expect, it } from 'vitest'

import { localeInQuery, queryIn, sameButLanguage, saysLocale } from '../../../src/i18n/address'

describe('the language in an address', () => {
  it.each([
    [{ lang: 'vi' }, 'vi'],
    [{ lang: 'zh-Hans' }, 'zh-Hans'],
    [{ lang: ['ne', 'my'] }, 'ne'],
    [{ lang: 'xx' }, null],
    [{ lang: 'VI' }, null],
    [{ lang: '' }, null],
    [{ lang: null }, null],
    [{ events: 'birth' }, null],
  ])('%o names %s', (query, locale) => {
    expect(localeInQuery(query)).toBe(locale)
  })

  it('writes the language last, and none for Japanese', () => {
    expect(queryIn({ events: 'birth', date: '2026-12-01' }, 'vi')).toEqual({
      events: 'birth',
      date: '2026-12-01',
      lang: 'vi',
    })
    expect(Object.keys(queryIn({ lang: 'en', events: 'birth' }, 'ko'))).toEqual(['events', 'lang'])
    expect(queryIn({ lang: 'en', events: 'birth' }, 'ja')).toEqual({ events: 'birth' })
  })

  it('tells an address that already says the language from one that must be corrected', () => {
    expect(saysLocale({ events: 'birth', lang: 'vi' }, 'vi')).toBe(true)
    expect(saysLocale({ events: 'birth' }, 'vi')).toBe(false)
    expect(saysLocale({ lang: 'en' }, 'vi')).toBe(false)
    expect(saysLocale({ events: 'birth' }, 'ja')).toBe(true)
    expect(saysLocale({ lang: 'ja' }, 'ja')).toBe(false)
  })

  it('sees the same page in two addresses that differ in their language only', () => {
    expect(sameButLanguage('/result?events=birth&lang=vi', '/result?events=birth')).toBe(true)
    expect(sameButLanguage('/result?events=birth&lang=vi#h-docs', '/result?events=birth&lang=en#h-docs')).toBe(true)
    expect(sameButLanguage('/result?events=birth&lang=vi', '/result?events=death&lang=vi')).toBe(false)
    expect(sameButLanguage('/procedures/a?lang=vi', '/procedures/b?lang=vi')).toBe(false)
  })
})
