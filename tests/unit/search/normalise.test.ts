import { describe, expect, it } from 'vitest'
import { normalise, variants } from '../../../src/search/normalise'

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
    expect(variants('{転入届|てんにゅうとどけ}を{出|だ}す')).toEqual(['転入届を出す', 'てんにゅうとどけをだす'])
  })

  it('leave plain text alone', () => {
    expect(variants('転入届')).toEqual(['転入届'])
  })
})
