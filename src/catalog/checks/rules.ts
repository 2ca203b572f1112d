// Rules refer to answers by key and value: every key must be a question, every value one of its
// choices, every age range non-empty and every age rule about an age question.
import { MAX_AGE } from '../../answers/limits'
import type { Rule } from '../schema'
import type { CheckContext } from './context'

export function checkRule(ctx: CheckContext, rule: Rule | undefined, file: string, path: string): void {
  if (!rule) return
  if ('is' in rule) {
    for (const [key, values] of Object.entries(rule.is)) {
      const q = ctx.questionById.get(key)
      if (!q) {
        ctx.fail(file, `${path}.is.${key}`, `unknown answer key "${key}"`)
        continue
      }
      if (q.kind !== 'single') {
        ctx.fail(file, `${path}.is.${key}`, `"${key}" is a ${q.kind} question; "is" needs a choice question`)
        continue
      }
      values.forEach((value, i) => {
        if (!q.options?.some((o) => o.value === value))
          ctx.fail(file, `${path}.is.${key}[${i}]`, `"${value}" is not a choice of question "${key}"`)
      })
    }
  } else if ('age' in rule) {
    const key = rule.age.of ?? 'ages'
    const q = ctx.questionById.get(key)
    if (!q) ctx.fail(file, `${path}.age`, `an age rule needs the "${key}" question`)
    else if (q.kind !== 'ages' && q.kind !== 'age')
      ctx.fail(
        file,
        `${path}.age.of`,
        `"${key}" is a ${q.kind} question; an age rule needs an "ages" or "age" question`,
      )
    if ((rule.age.min ?? 0) > (rule.age.max ?? MAX_AGE))
      ctx.fail(file, `${path}.age`, `age range ${rule.age.min}–${rule.age.max} is empty`)
  } else if ('all' in rule) rule.all.forEach((r, i) => checkRule(ctx, r, file, `${path}.all[${i}]`))
  else if ('any' in rule) rule.any.forEach((r, i) => checkRule(ctx, r, file, `${path}.any[${i}]`))
  else checkRule(ctx, rule.not, file, `${path}.not`)
}
