import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { formatDate, formatDateTime, formatYen, intlWrites, registerDateNames } from '../../../src/i18n/format'

type DateTexts = { months: string; weekdays: string; pattern: string; patternYear: string }
/** The translators' file as written (an import would be compiled to message functions). */
const dates = (code: string) =>
  (JSON.parse(readFileSync(new URL(`../../../locales/${code}.json`, import.meta.url), 'utf8')) as { date: DateTexts })
    .date

// A phone whose browser has no date data for the language, as some lack Nepali or Burmese.
const missing = () => false

describe('dates where the browser lacks the language', () => {
  it('tells a browser without the locale, or one that falls back to English months, from one that has it', () => {
    expect(intlWrites('vi')).toBe(true)
    expect(intlWrites('en')).toBe(true)
    // A browser without the locale's data: it says so, or it answers in English.
    const without = Object.assign(
      class extends Intl.DateTimeFormat {
        constructor() {
          super('en-US', { month: 'long', timeZone: 'UTC' })
        }
      },
      { supportedLocalesOf: () => [] },
    )
    expect(intlWrites('ne', without)).toBe(false)
    const english = Object.assign(
      class extends Intl.DateTimeFormat {
        constructor() {
          super('en-US', { month: 'long', timeZone: 'UTC' })
        }
      },
      { supportedLocalesOf: (tags: string[]) => tags },
    )
    expect(intlWrites('my', english)).toBe(false)
    expect(intlWrites('en', english)).toBe(true)
  })

  it('writes Nepali dates with Nepali month and weekday names', () => {
    registerDateNames('ne', dates('ne'))
    expect(formatDate('2026-12-14', 'ne', '2026-11-25', missing)).toBe('डिसेम्बर 14, सोम')
    expect(formatDate('2027-12-14', 'ne', '2026-01-01', missing)).toBe('2027 डिसेम्बर 14, मङ्गल')
    expect(formatDate('2026-01-04', 'ne', '2025-11-25', missing)).toBe('जनवरी 4, आइत')
  })

  it('writes Burmese dates with Burmese month and weekday names', () => {
    registerDateNames('my', dates('my'))
    expect(formatDate('2026-12-14', 'my', '2026-11-25', missing)).toBe('ဒီဇင်ဘာ 14 တနင်္လာ')
    expect(formatDate('2027-12-14', 'my', '2026-01-01', missing)).toBe('2027 ဒီဇင်ဘာ 14 အင်္ဂါ')
  })

  it('writes a plan’s last change the same way, in Tokyo time', () => {
    registerDateNames('ne', dates('ne'))
    // 01:15 UTC is 10:15 in Tokyo.
    expect(formatDateTime(Date.UTC(2026, 10, 25, 1, 15), 'ne', missing)).toBe('2026 नोभेम्बर 25, बुध 10:15')
    expect(formatDateTime(Date.UTC(2026, 10, 25, 1, 15), 'ne', () => true)).not.toContain('बुध')
  })

  it('uses Intl where the browser has the language', () => {
    registerDateNames('ne', dates('ne'))
    const intl = new Intl.DateTimeFormat('ne', { weekday: 'short', month: 'long', day: 'numeric', timeZone: 'UTC' })
    expect(formatDate('2026-12-14', 'ne', '2026-11-25', () => true)).toBe(intl.format(Date.UTC(2026, 11, 14)))
  })

  it('leaves names that are not twelve months and seven days unused, rather than name the wrong month', () => {
    registerDateNames('tl', { ...dates('tl'), months: 'Enero, Pebrero' })
    expect(formatDate('2026-12-14', 'tl', '2026-11-25', missing)).toBe(
      new Intl.DateTimeFormat('tl', { weekday: 'short', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(
        Date.UTC(2026, 11, 14),
      ),
    )
  })

  it.each(['ja', 'ja-easy', 'en', 'zh-Hans', 'zh-Hant', 'ko', 'vi', 'ne', 'my', 'tl'])(
    '%s has twelve months, seven weekdays and both patterns',
    (code) => {
      const date = dates(code)
      const split = (text: string) => text.split(/\s*[,、，]\s*/)
      expect(split(date.months)).toHaveLength(12)
      expect(split(date.weekdays)).toHaveLength(7)
      for (const key of ['{weekday}', '{month}', '{day}']) {
        expect(date.pattern, code).toContain(key)
        expect(date.patternYear, code).toContain(key)
      }
      expect(date.patternYear).toContain('{year}')
    },
  )
})

describe('Japanese dates and fees, written without Intl', () => {
  it('names each weekday as Intl does', () => {
    const intl = new Intl.DateTimeFormat('ja-JP', { weekday: 'short', timeZone: 'UTC' })
    for (let day = 4; day <= 10; day++) {
      const iso = `2027-01-${String(day).padStart(2, '0')}`
      expect(formatDate(iso, 'ja', '2026-11-25')).toBe(`1月${day}日(${intl.format(Date.parse(`${iso}T00:00:00Z`))})`)
    }
    expect(formatDate('2027-01-04', 'ja', '2026-11-25')).toBe('1月4日(月)')
    expect(formatDate('2028-03-01', 'ja', '2026-11-25')).toBe('2028年3月1日(水)')
  })

  it('groups yen as ja-JP does', () => {
    for (const yen of [0, 7, 300, 999, 1000, 1500, 12345, 300000, 1234567])
      expect(formatYen(yen)).toBe(yen.toLocaleString('ja-JP'))
  })
})
