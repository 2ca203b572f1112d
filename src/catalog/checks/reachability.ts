// Every procedure can be reached (some answers make one of its triggers apply), and no procedures
// wait for each other in a circle.
import { MAX_AGE } from '../../answers/limits'
import { evaluate, ruleKeys } from '../../rules/rules'
import type { Procedure, Question, Rule } from '../schema'
import type { CheckContext } from './context'

export function checkReachability(ctx: CheckContext): void {
  for (const { file, item: p } of ctx.procedures) {
    if (
      p.triggers.every((t) => ctx.eventIds.has(t.event)) &&
      !p.triggers.some((t) => satisfiable(ctx, t.when, t.event))
    ) {
      ctx.fail(file, 'triggers', `procedure "${p.id}" is unreachable: no answers make any trigger apply`)
    }
  }
  const fileOf = new Map(ctx.procedures.map((p) => [p.item.id, p.file]))
  checkAfterCycles(
    ctx.procedures.map((p) => p.item),
    (id, message) => ctx.fail(fileOf.get(id) ?? '', 'after', message),
  )
  checkProducesCycles(
    ctx.procedures.map((p) => p.item),
    (id, message) => ctx.fail(fileOf.get(id) ?? '', 'produces', message),
  )
}

/** A procedure that needs what a later one produces, which needs what the first produces, can never start. */
function checkProducesCycles(procedures: Procedure[], report: (id: string, message: string) => void) {
  const producers = new Map<string, string[]>()
  for (const p of procedures) for (const d of p.produces ?? []) producers.set(d, [...(producers.get(d) ?? []), p.id])
  const needs = new Map(
    procedures.map((p) => [
      p.id,
      [...new Set(p.documents.flatMap((d) => (producers.get(d.id) ?? []).filter((x) => x !== p.id)))],
    ]),
  )
  const state = new Map<string, 'visiting' | 'done'>()
  const visit = (id: string, trail: string[]): void => {
    if (state.get(id) === 'done') return
    if (state.get(id) === 'visiting') {
      report(id, `procedures need each other's documents in a circle: ${[...trail, id].join(' → ')}`)
      return
    }
    state.set(id, 'visiting')
    for (const next of needs.get(id) ?? []) visit(next, [...trail, id])
    state.set(id, 'done')
  }
  for (const p of procedures) visit(p.id, [])
}

function satisfiable(ctx: CheckContext, rule: Rule | undefined, event: string): boolean {
  const keys = ruleKeys(rule)
  const domains = keys.map((key) => domainOf(ctx.questionById.get(key), rule))
  // Try every combination of concrete answers (the domains are tiny).
  let found = false
  const walk = (i: number, answers: Record<string, string[]>) => {
    if (found) return
    if (i === keys.length) {
      found = evaluate(rule, { ...answers, events: [event] }).value === 'yes'
      return
    }
    for (const value of domains[i] ?? []) walk(i + 1, { ...answers, [keys[i] as string]: value })
  }
  walk(0, {})
  return found
}

/** Concrete answers worth trying for a key: each choice, or each age boundary the rules mention. */
function domainOf(question: Question | undefined, rule: Rule | undefined): string[][] {
  if (!question) return [['unknown']]
  if (question.kind === 'ages' || question.kind === 'age') {
    const bounds = new Set<number>([0, MAX_AGE])
    const collect = (r: Rule | undefined) => {
      if (!r) return
      if ('age' in r) {
        for (const n of [r.age.min, r.age.max])
          if (n !== undefined) {
            bounds.add(n)
            if (n > 0) bounds.add(n - 1)
            bounds.add(n + 1)
          }
      } else if ('all' in r) r.all.forEach(collect)
      else if ('any' in r) r.any.forEach(collect)
      else if ('not' in r) collect(r.not)
    }
    collect(rule)
    return [...bounds].map((n) => [String(n)])
  }
  return (question.options ?? []).map((o) => [o.value])
}

function checkAfterCycles(procedures: Procedure[], report: (id: string, message: string) => void) {
  const after = new Map(procedures.map((p) => [p.id, p.after ?? []]))
  const state = new Map<string, 'visiting' | 'done'>()
  const visit = (id: string, trail: string[]): void => {
    if (state.get(id) === 'done') return
    if (state.get(id) === 'visiting') {
      report(id, `procedures wait for each other in a circle: ${[...trail, id].join(' → ')}`)
      return
    }
    state.set(id, 'visiting')
    for (const next of after.get(id) ?? []) if (after.has(next)) visit(next, [...trail, id])
    state.set(id, 'done')
  }
  for (const p of procedures) visit(p.id, [])
}
