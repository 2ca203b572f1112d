import { describe, expect, it } from 'vitest'

import { parseAnswers, resultAddress, serialiseAnswers, withAnswer } from '../../../src/answers/encoding'
import { answerSchema } from '../../../src/catalog/answer-schema'
import { realCatalog } from '../../helpers/catalog'

const schema = answerSchema(realCatalog())

describe('answers encoding', () => {
  it('reads the spec example and writes it back canonically (sorted keys, sorted lists)', () => {
    const { answers, issues } = parseAnswers(
      'events=move-in,birth&date=2026-12-20&from=other-city&insurance=kokuho&ages=34,0',
      schema,
    )
    expect(issues).toEqual([])
    expect(serialiseAnswers(answers)).toBe(
      'ages=0,34&date=2026-12-20&events=birth,move-in&from=other-city&insurance=kokuho',
    )
  })

  it('equal situations give equal links whatever the order', () => {
    const a = parseAnswers('?ages=5,34&events=birth,move-in', schema).answers
    const b = parseAnswers('events=move-in,birth&ages=34,5', schema).answers
    expect(serialiseAnswers(a)).toBe(serialiseAnswers(b))
  })

  it('leaves the address settings alone: the language and the text size are not answers', () => {
    expect(parseAnswers('events=birth&lang=vi&textSize=large', schema)).toEqual({
      answers: { events: ['birth'] },
      issues: [],
    })
  })

  it('re-asks only the tampered answer of an address that names a language, known or not', () => {
    for (const lang of ['vi', 'xx', '']) {
      const { answers, issues } = parseAnswers(`events=birth&insurance=bogus&lang=${lang}`, schema)
      expect(answers).toEqual({ events: ['birth'] })
      expect(issues.map((i) => [i.code, i.key])).toEqual([['bad-value', 'insurance']])
    }
  })

  it('reads a list sent one key per value, as a plain HTML form does', () => {
    const { answers, issues } = parseAnswers('events=move-in&events=birth&events=move-in', schema)
    expect(issues).toEqual([])
    expect(answers.events).toEqual(['move-in', 'birth'])
  })

  it('keeps twins: the same age twice is two people', () => {
    expect(parseAnswers('ages=0,0,33', schema).answers.ages).toEqual(['0', '0', '33'])
  })

  it('accepts わからない for any key', () => {
    const { answers, issues } = parseAnswers('events=death&date=unknown&insurance=unknown&ages=unknown', schema)
    expect(issues).toEqual([])
    expect(answers).toMatchObject({ date: ['unknown'], insurance: ['unknown'], ages: ['unknown'] })
  })

  it.each([
    ['evnts=birth', 'unknown-key', 'evnts', /unknown key "evnts" \(did you mean "events"\?\)/],
    ['events=birth,flood', 'bad-value', 'events', /"events" does not accept "flood"/],
    ['date=2026-02-30', 'bad-value', 'date', /does not accept "2026-02-30"/],
    ['date=tomorrow', 'bad-value', 'date', /does not accept/],
    ['ages=34,-1', 'bad-value', 'ages', /does not accept "-1"/],
    ['ages=200', 'bad-value', 'ages', /does not accept "200"/],
    ['insurance=KOKUHO', 'bad-value', 'insurance', /does not accept "KOKUHO"/],
    ['ages=unknown,3', 'bad-value', 'ages', /does not accept/],
    ['insurance=kokuho&insurance=employee', 'repeated-key', 'insurance', /more than once/],
  ])('%s is reported, not thrown', (query, code, key, message) => {
    const { issues } = parseAnswers(query, schema)
    expect(issues[0]).toMatchObject({ code, key })
    expect(issues[0]?.message).toMatch(message)
  })

  it('drops only the bad key, keeping the rest for the re-ask', () => {
    const { answers } = parseAnswers('events=birth&insurance=bogus&ages=0', schema)
    expect(answers).toEqual({ events: ['birth'], ages: ['0'] })
  })

  it('reads an over-long link up to the limit and names what it could not read', () => {
    const query = `events=move-in&from=other-city&ages=${'3,'.repeat(10)}3&padding=${'x'.repeat(2500)}&insurance=kokuho`
    const { answers, issues } = parseAnswers(query, schema)
    expect(answers).toMatchObject({ events: ['move-in'], from: ['other-city'] })
    expect(answers.insurance).toBeUndefined()
    expect(issues[0]).toMatchObject({ code: 'too-long' })
    expect(issues[0]?.key).toContain('insurance')
  })

  it('one value that is itself over-long is named, not silently dropped with the rest', () => {
    const { answers, issues } = parseAnswers(`events=birth&date=${'9'.repeat(5000)}`, schema)
    expect(answers).toEqual({ events: ['birth'] })
    expect(issues.map((i) => i.code)).toContain('too-long')
    expect(issues.find((i) => i.code === 'too-long')?.key).toContain('date')
  })

  it("reads version 2 keys: one date per event, the deceased's facts, children or nobody", () => {
    const { answers, issues } = parseAnswers(
      'events=move-in,birth&date.move-in=2027-03-01&date.birth=2027-03-10&children=none&deceasedAge=84',
      schema,
    )
    expect(issues).toEqual([])
    expect(answers).toMatchObject({
      'date.move-in': ['2027-03-01'],
      'date.birth': ['2027-03-10'],
      children: ['none'],
      deceasedAge: ['84'],
    })
    expect(serialiseAnswers(answers)).toBe(
      'children=none&date.birth=2027-03-10&date.move-in=2027-03-01&deceasedAge=84&events=birth,move-in',
    )
  })

  it.each([
    ['date.flood=2027-01-01', 'unknown-key', 'date.flood'],
    ['deceasedAge=80,81', 'bad-value', 'deceasedAge'],
    ['children=none,4', 'bad-value', 'children'],
    ['ages=none', 'bad-value', 'ages'],
  ])('%s is refused (%s)', (query, code, key) => {
    expect(parseAnswers(query, schema).issues[0]).toMatchObject({ code, key })
  })

  it('a choice the other answers rule out is a contradiction naming both keys; the rest is kept', () => {
    const { answers, issues } = parseAnswers('events=job-leave&spouse=no&pension=3&date=2027-01-10', schema)
    expect(issues).toEqual([
      expect.objectContaining({ code: 'contradiction', key: 'pension', value: '3', with: ['spouse'] }),
    ])
    expect(issues[0]?.message).toMatch(/"pension=3" contradicts "spouse=no"/)
    expect(answers).toEqual({ events: ['job-leave'], spouse: ['no'], date: ['2027-01-10'] })
  })

  it('後期高齢者医療 with every age under 65 is a contradiction', () => {
    expect(parseAnswers('events=move-in&ages=27&insurance=koki', schema).issues[0]).toMatchObject({
      code: 'contradiction',
      key: 'insurance',
    })
    expect(parseAnswers('events=move-in&ages=27,80&insurance=koki', schema).issues).toEqual([])
    expect(parseAnswers('events=death&deceasedAge=50&deceasedInsurance=koki', schema).issues[0]).toMatchObject({
      code: 'contradiction',
      key: 'deceasedInsurance',
    })
  })

  it('withAnswer sets and clears one key', () => {
    const a = withAnswer({ events: ['birth'] }, 'ages', ['0'])
    expect(serialiseAnswers(a)).toBe('ages=0&events=birth')
    expect(serialiseAnswers(withAnswer(a, 'ages', []))).toBe('events=birth')
  })
})

describe('the address of a shared result', () => {
  it('carries the reader’s language beside the answers, and nothing extra in Japanese', () => {
    expect(resultAddress('date=2026-12-01&events=birth', 'ja')).toBe('/result?date=2026-12-01&events=birth')
    expect(resultAddress('date=2026-12-01&events=birth', 'vi')).toBe('/result?date=2026-12-01&events=birth&lang=vi')
    expect(resultAddress('', 'zh-Hans')).toBe('/result?lang=zh-Hans')
    expect(resultAddress('', 'ja')).toBe('/result')
  })
})
