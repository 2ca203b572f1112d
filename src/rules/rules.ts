// Three-valued (Kleene) evaluation of catalog rules: an unknown answer gives "maybe", never "no",
// so a resident who does not know is never shown less.
import type { Rule } from '../catalog/schema'
import { ages, known, type Answers } from '../answers/types'

export type Truth = 'yes' | 'maybe' | 'no'

export interface Verdict {
  value: Truth
  /** Answer keys that would settle a "maybe". */
  ask: string[]
}

const YES: Verdict = { value: 'yes', ask: [] }
const NO: Verdict = { value: 'no', ask: [] }
const maybe = (key: string): Verdict => ({ value: 'maybe', ask: [key] })

function union(verdicts: Verdict[]): string[] {
  return [...new Set(verdicts.flatMap((x) => x.ask))]
}

export function evaluate(rule: Rule | undefined, answers: Answers): Verdict {
  if (!rule) return YES
  if ('is' in rule) {
    return all(Object.entries(rule.is).map(([key, wanted]) => {
      const values = known(answers, key)
      if (!values) return maybe(key)
      return values.some((x) => wanted.includes(x)) ? YES : NO
    }))
  }
  if ('age' in rule) {
    const list = ages(answers)
    if (!list) return maybe('ages')
    const { min = 0, max = Infinity } = rule.age
    return list.some((age) => age >= min && age <= max) ? YES : NO
  }
  if ('all' in rule) return all(rule.all.map((r) => evaluate(r, answers)))
  if ('any' in rule) return any(rule.any.map((r) => evaluate(r, answers)))
  const inner = evaluate(rule.not, answers)
  return inner.value === 'maybe' ? inner : inner.value === 'yes' ? NO : YES
}

function all(verdicts: Verdict[]): Verdict {
  if (verdicts.some((x) => x.value === 'no')) return NO
  const open = verdicts.filter((x) => x.value === 'maybe')
  return open.length ? { value: 'maybe', ask: union(open) } : YES
}

function any(verdicts: Verdict[]): Verdict {
  if (verdicts.some((x) => x.value === 'yes')) return YES
  const open = verdicts.filter((x) => x.value === 'maybe')
  return open.length ? { value: 'maybe', ask: union(open) } : NO
}

/** The answer keys a rule looks at. */
export function ruleKeys(rule: Rule | undefined): string[] {
  if (!rule) return []
  if ('is' in rule) return Object.keys(rule.is)
  if ('age' in rule) return ['ages']
  if ('all' in rule) return [...new Set(rule.all.flatMap(ruleKeys))]
  if ('any' in rule) return [...new Set(rule.any.flatMap(ruleKeys))]
  return ruleKeys(rule.not)
}
