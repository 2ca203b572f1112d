import { readdirSync, readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { Localized } from '../../../src/catalog/schema'
import { formatYen } from '../../../src/i18n/format'
import { parseFurigana, plainText } from '../../../src/i18n/furigana'
import { checkLocale, type Messages } from '../../../src/i18n/locale-check'
import { CATALOG_INLINE_LANGUAGES, LOCALES, SOURCE_LOCALE } from '../../../src/i18n/registry'

const dir = new URL('../../../locales/', import.meta.url)
const read = (code: string) => JSON.parse(readFileSync(new URL(`${code}.json`, dir), 'utf8')) as Messages
const source = read('ja')

describe('translation files', () => {
  it('every file in locales/ is a language the app offers', () => {
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.replace('.json', ''))
      .sort()
    expect(files).toEqual(LOCALES.map((l) => l.code).sort())
  })

  it.each(LOCALES.filter((l) => l.code !== 'ja').map((l) => l.code))(
    '%s keeps placeholders and syntax, adds no unknown key',
    (code) => {
      // Missing keys fall back to Japanese and are shown by locales:report; they do not fail the build.
      const check = checkLocale(source, read(code), { furigana: code === 'ja-easy' })
      expect({
        extra: check.extra,
        placeholders: check.placeholderMismatch,
        syntax: check.syntax,
        kanjiWithoutReading: check.kanjiWithoutReading,
      }).toEqual({ extra: [], placeholders: [], syntax: [], kanjiWithoutReading: [] })
    },
  )
})

describe('the checker itself', () => {
  it('finds a lost placeholder, vue-i18n syntax, an unknown key and kanji without a reading', () => {
    const check = checkLocale(
      { a: '{n}件', b: 'ok', c: '次へ' },
      { a: 'items', b: 'a | b', c: '次へ', d: 'stray' },
      { furigana: true },
    )
    expect(check).toMatchObject({ placeholderMismatch: ['a'], syntax: ['b'], extra: ['d'], kanjiWithoutReading: ['c'] })
    expect(checkLocale({ c: '次へ' }, { c: '｜次《つぎ》へ' }, { furigana: true }).kanjiWithoutReading).toEqual([])
  })
})

describe('furigana notation', () => {
  it('reads both the catalog and the message notation into ruby tokens', () => {
    expect(parseFurigana('{転入届|てんにゅうとどけ}と｜窓口《まどぐち》')).toEqual([
      { text: '転入届', ruby: 'てんにゅうとどけ' },
      { text: 'と' },
      { text: '窓口', ruby: 'まどぐち' },
    ])
    expect(plainText('{転入届|てんにゅうとどけ}と｜窓口《まどぐち》')).toBe('転入届と窓口')
  })
})

describe('the languages written inside the catalog', () => {
  it('are the ones its schema lets a text hold, Japanese first', () => {
    expect(Object.keys(Localized.entries)).toEqual([...CATALOG_INLINE_LANGUAGES])
    expect(CATALOG_INLINE_LANGUAGES[0]).toBe(SOURCE_LOCALE)
  })
})

describe('fees', () => {
  it('are written with grouped digits, as the ward’s fee tables write them, in every language', () => {
    expect(formatYen(1500)).toBe('1,500')
    expect(formatYen(300)).toBe('300')
  })
})
