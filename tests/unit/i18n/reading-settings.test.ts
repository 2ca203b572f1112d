import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { helperLanguages } from '../../../src/i18n/locales'
import { TEXT_SIZES } from '../../../src/stores/ui'

describe('text size steps', () => {
  // boot.js applies the saved size before the first paint, on its own copy of the steps (it is a plain
  // script that cannot import): a step added to one and not the other would jump or be lost on reload.
  it('are the same in boot.js as in the app, at least three, each larger than the last', () => {
    const boot = readFileSync(new URL('../../../public/boot.js', import.meta.url), 'utf8')
    const literal = /var sizes = (\{[^}]*\})/.exec(boot)?.[1] ?? ''
    const bootSizes = JSON.parse(literal.replace(/(\w+):/g, '"$1":').replace(/'/g, '"')) as Record<string, string>
    expect(bootSizes).toEqual(TEXT_SIZES)
    const percents = Object.values(TEXT_SIZES).map((v) => parseFloat(v))
    expect(percents.length).toBeGreaterThanOrEqual(3)
    expect(percents).toEqual([...percents].sort((a, b) => a - b))
    expect(new Set(percents).size).toBe(percents.length)
  })
})

describe('helperLanguages (「一緒に見る」)', () => {
  it.each([
    ['en', ['en', 'ja']],
    ['vi', ['vi', 'ja']],
    ['zh-Hant', ['zh-Hant', 'ja']],
    ['ja', null],
    ['ja-easy', null],
  ])('%s → %j', (locale, pair) => {
    expect(helperLanguages(locale)).toEqual(pair)
  })
})
