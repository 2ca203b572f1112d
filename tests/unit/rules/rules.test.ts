import { describe, expect, it } from 'vitest'

import type { Rule } from '../../../src/catalog/schema'
import { choicesContext, evaluate, ruleKeys } from '../../../src/rules/rules'

const kokuho: Rule = { is: { insurance: ['kokuho', 'none'] } }
const child: Rule = { age: { max: 18 } }

describe('three-valued rules', () => {
  it.each([
    ['matching value', kokuho, { insurance: ['kokuho'] }, 'yes', []],
    ['other value', kokuho, { insurance: ['employee'] }, 'no', []],
    ['missing answer is maybe, never no', kokuho, {}, 'maybe', ['insurance']],
    ['わからない is maybe', kokuho, { insurance: ['unknown'] }, 'maybe', ['insurance']],
    ['any age in range', child, { ages: ['34', '5'] }, 'yes', []],
    ['no age in range', child, { ages: ['34', '40'] }, 'no', []],
    ['ages unknown', child, {}, 'maybe', ['ages']],
    ['all: a no wins', { all: [kokuho, child] }, { insurance: ['employee'] }, 'no', []],
    ['all: maybe collects every open key', { all: [kokuho, child] }, {}, 'maybe', ['insurance', 'ages']],
    ['all: yes and maybe is maybe', { all: [kokuho, child] }, { insurance: ['kokuho'] }, 'maybe', ['ages']],
    ['any: a yes wins', { any: [kokuho, child] }, { ages: ['3'] }, 'yes', []],
    ['any: no and maybe is maybe', { any: [kokuho, child] }, { ages: ['30'] }, 'maybe', ['insurance']],
    ['any: all no is no', { any: [kokuho, child] }, { ages: ['30'], insurance: ['koki'] }, 'no', []],
    ['not: yes becomes no', { not: kokuho }, { insurance: ['kokuho'] }, 'no', []],
    ['not: maybe stays maybe', { not: kokuho }, {}, 'maybe', ['insurance']],
    ['no rule always applies', undefined, {}, 'yes', []],
  ] as const)('%s', (_name, rule, answers, value, ask) => {
    expect(evaluate(rule as Rule | undefined, answers)).toEqual({ value, ask })
  })

  it('lists the keys a rule reads', () => {
    expect(ruleKeys({ all: [kokuho, { not: child }] })).toEqual(['insurance', 'ages'])
    expect(ruleKeys({ age: { min: 65, of: 'deceasedAge' } })).toEqual(['deceasedAge'])
  })

  it('reads whose age a rule is about, and "none" as nobody', () => {
    const older: Rule = { age: { min: 75, of: 'deceasedAge' } }
    expect(evaluate(older, { deceasedAge: ['84'], ages: ['55'] }).value).toBe('yes')
    expect(evaluate(older, { deceasedAge: ['60'], ages: ['80'] }).value).toBe('no')
    expect(evaluate(older, { ages: ['80'] })).toEqual({ value: 'maybe', ask: ['deceasedAge'] })
    expect(evaluate({ age: { max: 18, of: 'children' } }, { children: ['none'] }).value).toBe('no')
  })
})

describe('choices the other answers rule out', () => {
  const questions = [
    { id: 'ages', kind: 'ages' },
    {
      id: 'insurance',
      kind: 'single',
      options: [{ value: 'kokuho' }, { value: 'employee' }, { value: 'koki', requires: { age: { min: 65 } } as Rule }],
    },
  ]
  const koki: Rule = { is: { insurance: ['koki'] } }

  it('a 27-year-old cannot be on 後期高齢者医療: "no", not "maybe"', () => {
    const answers = { ages: ['27'] }
    expect(evaluate(koki, answers, choicesContext(questions, answers))).toEqual({ value: 'no', ask: [] })
    expect(evaluate({ not: koki }, answers, choicesContext(questions, answers)).value).toBe('yes')
  })

  it('when the age is unknown the choice stays open', () => {
    expect(evaluate(koki, {}, choicesContext(questions, {}))).toEqual({ value: 'maybe', ask: ['insurance'] })
    expect(evaluate(koki, { ages: ['80'] }, choicesContext(questions, { ages: ['80'] })).value).toBe('maybe')
  })

  it('a question not asked because of an earlier answer settles to "no", not "maybe"', () => {
    const withSpouse = [
      { id: 'spouse', kind: 'single', options: [{ value: 'yes' }, { value: 'no' }] },
      {
        id: 'spouseDependent',
        kind: 'single',
        when: { is: { spouse: ['yes'] } } as Rule,
        options: [{ value: 'yes' }, { value: 'no' }],
      },
    ]
    const dependant: Rule = { is: { spouseDependent: ['yes'] } }
    expect(evaluate(dependant, { spouse: ['no'] }, choicesContext(withSpouse, { spouse: ['no'] })).value).toBe('no')
    expect(evaluate(dependant, {}, choicesContext(withSpouse, {})).value).toBe('maybe')
  })

  it('when every choice left is wanted, the rule holds', () => {
    const answers = { ages: ['27'] }
    expect(
      evaluate({ is: { insurance: ['kokuho', 'employee'] } }, answers, choicesContext(questions, answers)).value,
    ).toBe('yes')
    expect(choicesContext(questions, answers).possible('insurance')).toEqual(['kokuho', 'employee'])
  })
})
