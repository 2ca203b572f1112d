import { describe, expect, it } from 'vitest'

import { readAges, readDate } from '../../../src/answers/input'

describe('ages as people type them', () => {
  it.each([
    ['34, 32, 0', ['34', '32', '0']],
    ['３４、 0,5', ['34', '0', '5']],
    ['007', ['7']],
    ['84', ['84']],
  ])('%s → %j', (input, want) => expect(readAges(input)).toEqual(want))

  it.each(['', '34歳', '-1', '131', '1.5', '1,2,3'])('%s is not read', (input) => {
    expect(readAges(input, input === '1,2,3' ? 2 : undefined)).toBeNull()
  })
})

describe('dates as typed or picked', () => {
  it('accepts a real day, also in full-width digits', () => {
    expect(readDate('2027-01-15')).toBe('2027-01-15')
    expect(readDate('２０２７-０１-１５')).toBe('2027-01-15')
  })
  it.each(['2026-02-30', 'tomorrow', '2027/01/15', ''])('%s is not read', (input) => expect(readDate(input)).toBeNull())
})

describe('values from damaged links, shown safely', () => {
  it('writes out invisible and direction-changing characters, and cuts long values', async () => {
    const { visibleValue } = await import('../../../src/answers/visible')
    expect(visibleValue('move\u200b-in')).toBe('move[U+200B]-in')
    expect(visibleValue('\u202ebirth')).toBe('[U+202E]birth')
    expect(visibleValue('x'.repeat(50), 10)).toBe(`${'x'.repeat(10)}…`)
  })
})
