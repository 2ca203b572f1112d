// Questions: real choices, known events, and an order that always ends — a question (or one of
// its choices) may only depend on answers asked before it.
import { ruleKeys } from '../../rules/rules'
import type { Rule } from '../schema'
import { at, type CheckContext } from './context'
import { checkRule } from './rules'

export function checkQuestions(ctx: CheckContext): void {
  for (const { file, path, item: q } of ctx.questions) {
    if (q.kind === 'single' && (q.options?.length ?? 0) < 2)
      ctx.fail(file, at(path, 'options'), `question "${q.id}" offers fewer than two choices`)
    q.askedFor?.forEach((e, i) => {
      if (!ctx.eventIds.has(e)) ctx.fail(file, at(path, `askedFor[${i}]`), `unknown life event "${e}"`)
    })
    if (!q.later && !q.askedFor?.length && q.kind !== 'events')
      ctx.fail(file, at(path, 'askedFor'), `question "${q.id}" is asked for no life event`)
    if (q.perEvent && q.kind !== 'date')
      ctx.fail(file, at(path, 'perEvent'), `only a date question can be asked once per event`)
    if (q.none && q.kind !== 'ages') ctx.fail(file, at(path, 'none'), `only an "ages" question can offer "nobody"`)
    checkOrder(ctx, q.id, q.when, file, at(path, 'when'))
    checkRule(ctx, q.when, file, at(path, 'when'))
    q.options?.forEach((o, i) => {
      checkOrder(ctx, q.id, o.requires, file, at(path, `options[${i}].requires`))
      checkRule(ctx, o.requires, file, at(path, `options[${i}].requires`))
      if (o.requires && !o.conflict)
        ctx.fail(
          file,
          at(path, `options[${i}].conflict`),
          `choice "${o.value}" can be ruled out but has no "conflict" text to tell the resident why`,
        )
    })
  }
  if (!ctx.questions.some((q) => q.item.kind === 'events'))
    ctx.fail('catalog/questions.yaml', '', 'no question of kind "events": residents could never choose a life event')
}

function checkOrder(ctx: CheckContext, id: string, rule: Rule | undefined, file: string, path: string): void {
  for (const key of ruleKeys(rule)) {
    const place = ctx.questionOrder.get(key)
    if (place === undefined) ctx.fail(file, path, `question "${id}" depends on unknown answer key "${key}"`)
    else if (place >= (ctx.questionOrder.get(id) ?? 0)) {
      ctx.fail(
        file,
        path,
        `question path never ends: "${id}" waits for "${key}", which is asked ${key === id ? 'by itself' : 'after it'}`,
      )
    }
  }
}
