import { describe, expect, it } from 'vitest'
import { evaluate, ruleKeys } from '../../../src/rules/rules'
import type { Rule } from '../../../src/catalog/schema'

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
  })
})
