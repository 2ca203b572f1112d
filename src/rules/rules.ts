// Three-valued (Kleene) evaluation of catalog rules: an unknown answer gives "maybe", never "no",
// so a resident who does not know is never shown less. What the other answers already rule out is
// not unknown: a 27-year-old cannot be on 後期高齢者医療, so that choice counts as "no".
import { ages, type Answers, known } from '../answers/types'
import type { Rule } from '../catalog/schema'

export type Truth = 'yes' | 'maybe' | 'no'

export interface Verdict {
  value: Truth
  /** Answer keys that would settle a "maybe". */
  ask: string[]
}

/** What a rule needs to know of the questions: which choices the other answers still allow. */
export interface RuleContext {
  /** The still-possible choices of a choice question, or null for any other key. */
  possible(key: string): readonly string[] | null
}

interface ChoiceQuestion {
  id: string
  kind: string
  when?: Rule
  options?: readonly { value: string; requires?: Rule }[]
}

const YES: Verdict = { value: 'yes', ask: [] }
const NO: Verdict = { value: 'no', ask: [] }
const maybe = (key: string): Verdict => ({ value: 'maybe', ask: [key] })

function union(verdicts: Verdict[]): string[] {
  return [...new Set(verdicts.flatMap((x) => x.ask))]
}

export function evaluate(rule: Rule | undefined, answers: Answers, context?: RuleContext): Verdict {
  if (!rule) return YES
  if ('is' in rule) {
    return all(
      Object.entries(rule.is).map(([key, wanted]) => {
        const values = known(answers, key)
        if (values) return values.some((x) => wanted.includes(x)) ? YES : NO
        const possible = context?.possible(key)
        if (possible && !possible.some((x) => wanted.includes(x))) return NO
        if (possible && possible.every((x) => wanted.includes(x))) return YES
        return maybe(key)
      }),
    )
  }
  if ('age' in rule) {
    const key = rule.age.of ?? 'ages'
    const list = ages(answers, key)
    if (!list) return maybe(key)
    const { min = 0, max = Infinity } = rule.age
    return list.some((age) => age >= min && age <= max) ? YES : NO
  }
  if ('all' in rule) return all(rule.all.map((r) => evaluate(r, answers, context)))
  if ('any' in rule) return any(rule.any.map((r) => evaluate(r, answers, context)))
  const inner = evaluate(rule.not, answers, context)
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

/**
 * The choices each question still allows, given the answers: a choice whose `requires` the
 * answers rule out is impossible, and a question that is not asked at all (its `when` is ruled out:
 * no spouse, so whether the spouse is a dependant) allows none. Requirements and `when` only look at
 * earlier questions (the validator checks), so this never loops.
 */
export function choicesContext(questions: readonly ChoiceQuestion[], answers: Answers): RuleContext {
  const byId = new Map(questions.map((q) => [q.id, q]))
  const memo = new Map<string, readonly string[] | null>()
  const context: RuleContext = {
    possible(key) {
      const cached = memo.get(key)
      if (cached !== undefined) return cached
      const question = byId.get(key)
      const options = question?.kind === 'single' ? question.options : undefined
      memo.set(key, null)
      const skipped = question?.when !== undefined && evaluate(question.when, answers, context).value === 'no'
      const list =
        options?.filter((o) => !skipped && evaluate(o.requires, answers, context).value !== 'no').map((o) => o.value) ??
        null
      memo.set(key, list)
      return list
    },
  }
  return context
}

/** The answer keys a rule looks at. */
export function ruleKeys(rule: Rule | undefined): string[] {
  if (!rule) return []
  if ('is' in rule) return Object.keys(rule.is)
  if ('age' in rule) return [rule.age.of ?? 'ages']
  if ('all' in rule) return [...new Set(rule.all.flatMap(ruleKeys))]
  if ('any' in rule) return [...new Set(rule.any.flatMap(ruleKeys))]
  return ruleKeys(rule.not)
}
