import { describe, expect, it } from 'vitest'
import { parseAnswers, serialiseAnswers, withAnswer } from '../../../src/answers/encoding'
import { answerSchema } from '../../../src/catalog/answer-schema'
import { realCatalog } from '../../helpers/catalog'

const schema = answerSchema(realCatalog())

describe('answers encoding', () => {
  it('reads the spec example and writes it back canonically (sorted keys, sorted lists)', () => {
    const { answers, issues } = parseAnswers('events=move-in,birth&date=2026-12-20&from=other-city&insurance=kokuho&ages=34,0', schema)
    expect(issues).toEqual([])
    expect(serialiseAnswers(answers)).toBe('ages=0,34&date=2026-12-20&events=birth,move-in&from=other-city&insurance=kokuho')
  })

  it('equal situations give equal links whatever the order', () => {
    const a = parseAnswers('?ages=5,34&events=birth,move-in', schema).answers
    const b = parseAnswers('events=move-in,birth&ages=34,5', schema).answers
    expect(serialiseAnswers(a)).toBe(serialiseAnswers(b))
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
    ['events=birth&events=death', 'repeated-key', 'events', /more than once/],
  ])('%s is reported, not thrown', (query, code, key, message) => {
    const { issues } = parseAnswers(query, schema)
    expect(issues[0]).toMatchObject({ code, key })
    expect(issues[0]?.message).toMatch(message)
  })

  it('drops only the bad key, keeping the rest for the re-ask', () => {
    const { answers } = parseAnswers('events=birth&insurance=bogus&ages=0', schema)
    expect(answers).toEqual({ events: ['birth'], ages: ['0'] })
  })

  it('refuses absurdly long input without reading it', () => {
    const { issues } = parseAnswers(`events=${'birth,'.repeat(1000)}`, schema)
    expect(issues[0]?.code).toBe('too-long')
  })

  it('withAnswer sets and clears one key', () => {
    const a = withAnswer({ events: ['birth'] }, 'ages', ['0'])
    expect(serialiseAnswers(a)).toBe('ages=0&events=birth')
    expect(serialiseAnswers(withAnswer(a, 'ages', []))).toBe('events=birth')
  })
})
