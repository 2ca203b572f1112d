import { describe, expect, it } from 'vitest'

import { normalise, romaji, variants } from '../../../src/search/normalise'

describe('normalise', () => {
  it.each([
    ['テンニュウ', 'てんにゆう'],
    ['ﾃﾝﾆｭｳﾄﾄﾞｹ', 'てんにゆうとどけ'],
    ['ＰＡＳＳＰＯＲＴ　１２３', 'passport 123'],
    ['マイナンバーカード', 'まいなんばーかーど'],
    ['しゅっしょう', 'しゆっしよう'], // small ゅょ folded, small っ kept
    ['転入届', '転入届'],
  ])('%s → %s', (input, expected) => {
    expect(normalise(input)).toBe(expected)
  })
})

describe('variants of furigana markup', () => {
  it('index both the written form and the reading', () => {
    expect(variants('{転入届|てんにゅうとどけ}を{出|だ}す')).toEqual([
      '転入届を出す',
      'てんにゅうとどけをだす',
      'tennyutodokeodasu',
    ])
  })

  it('leave plain text alone', () => {
    expect(variants('転入届')).toEqual(['転入届'])
  })
})

describe('romaji of a reading', () => {
  it.each([
    ['てんにゅうとどけ', 'tennyutodoke'],
    ['しゅっしょうとどけ', 'shusshotodoke'],
    ['ざいりゅうカード', 'zairyukado'],
    ['じどうてあて', 'jidoteate'],
    ['まっちゃ', 'matcha'],
  ])('%s → %s', (kana, latin) => {
    expect(romaji(kana)).toBe(latin)
  })
  it('gives nothing for a reading that still holds kanji', () => {
    expect(romaji('転入')).toBe('')
  })
})
