// Procedures: every reference resolves, every rule can be settled by a question asked for its
// event, every condition written in words has a rule, and someone can actually do it.
import { ruleKeys } from '../../rules/rules'
import type { Procedure, Rule } from '../schema'
import type { CheckContext } from './context'
import { checkRule } from './rules'

const DATE_KINDS = new Set(['days', 'months', 'before'])

export function checkProcedures(ctx: CheckContext): void {
  const procedureIds = new Set(ctx.procedures.map((p) => p.item.id))
  const documentIds = new Set(ctx.documents.map((d) => d.item.id))
  const serviceIds = new Set(ctx.services.map((s) => s.item.id))
  const officeById = new Map(ctx.offices.map((o) => [o.item.id, o.item]))
  const dateEvents = new Set(ctx.questions.find((q) => q.item.kind === 'date')?.item.askedFor ?? [])

  for (const { file, item: p } of ctx.procedures) {
    p.triggers.forEach((t, i) => {
      const path = `triggers[${i}]`
      if (!ctx.eventIds.has(t.event)) {
        ctx.fail(file, `${path}.event`, `unknown life event "${t.event}"`)
        return
      }
      checkRule(ctx, t.when, file, `${path}.when`)
      checkAsked(ctx, t.when, [t.event], file, `${path}.when`)
      if (DATE_KINDS.has(t.due.kind) && !dateEvents.has(t.event)) {
        ctx.fail(file, `${path}.due`, `deadline counts from the date, but no date is asked for life event "${t.event}"`)
      }
    })
    p.offices.forEach((o, i) => {
      const office = officeById.get(o.office)
      if (!office) ctx.fail(file, `offices[${i}].office`, `unknown office "${o.office}"`)
      else if (!office.counters.some((c) => c.id === o.counter))
        ctx.fail(file, `offices[${i}].counter`, `office "${o.office}" has no counter "${o.counter}"`)
    })
    if (p.scope === 'ward' && p.offices.length === 0 && !p.online)
      ctx.fail(file, 'offices', `procedure "${p.id}" names no office and no online address: a resident could not do it`)
    if (p.scope === 'outside' && !p.handledBy)
      ctx.fail(file, 'handledBy', `procedure "${p.id}" is outside the ward but does not say who handles it`)
    p.documents.forEach((d, i) => {
      if (!documentIds.has(d.id)) ctx.fail(file, `documents[${i}].id`, `unknown document "${d.id}"`)
      checkRule(ctx, d.if, file, `documents[${i}].if`)
      checkAsked(
        ctx,
        d.if,
        p.triggers.map((t) => t.event),
        file,
        `documents[${i}].if`,
      )
      if (d.when && !d.if && !d.always) {
        ctx.fail(
          file,
          `documents[${i}]`,
          `document "${d.id}" says when it is needed ("${d.when.ja}") but has no rule: add "if" (or "always: true" when it is needed whenever "${p.id}" applies)`,
        )
      }
      if (d.if && d.always)
        ctx.fail(file, `documents[${i}].always`, `document "${d.id}" cannot be both always needed and needed only "if"`)
      d.events?.forEach((e, j) => {
        if (!p.triggers.some((t) => t.event === e))
          ctx.fail(file, `documents[${i}].events[${j}]`, `"${p.id}" is never brought by life event "${e}"`)
      })
    })
    p.services?.forEach((s, i) => {
      if (!serviceIds.has(s)) ctx.fail(file, `services[${i}]`, `unknown plan service "${s}"`)
    })
    p.produces?.forEach((d, i) => {
      if (!documentIds.has(d)) ctx.fail(file, `produces[${i}]`, `unknown document "${d}"`)
    })
    p.after?.forEach((a, i) => {
      if (a === p.id) ctx.fail(file, `after[${i}]`, `procedure "${p.id}" cannot come after itself`)
      else if (!procedureIds.has(a)) ctx.fail(file, `after[${i}]`, `unknown procedure "${a}"`)
    })
    checkObligation(ctx, file, p)
  }
  checkLeadTimes(ctx)
}

/** The longest time a trigger leaves from the event to its deadline, in days (null: no dated deadline). */
function window(due: Procedure['triggers'][number]['due']): number | null {
  if (due.kind === 'days') return due.days
  if (due.kind === 'months') return due.months * 31
  return null
}

/** A document that takes longer to get than every deadline it serves could never arrive in time. */
function checkLeadTimes(ctx: CheckContext): void {
  for (const { file, path, item: doc } of ctx.documents) {
    if (!doc.leadTimeDays) continue
    const windows = ctx.procedures
      .filter((p) => p.item.documents.some((d) => d.id === doc.id))
      .flatMap((p) => p.item.triggers.map((t) => window(t.due)))
    const dated = windows.filter((w): w is number => w !== null)
    if (dated.length && windows.every((w) => w !== null) && dated.every((w) => doc.leadTimeDays! > w)) {
      ctx.fail(
        file,
        `${path}.leadTimeDays`,
        `document "${doc.id}" takes ${doc.leadTimeDays} days to get, longer than every deadline it serves (at most ${Math.max(...dated)} days)`,
      )
    }
  }
}

/** A rule can only be settled by a question asked for one of the procedure's events (or from the result). */
function checkAsked(ctx: CheckContext, rule: Rule | undefined, events: string[], file: string, path: string): void {
  for (const key of ruleKeys(rule)) {
    const q = ctx.questionById.get(key)
    if (q && !q.later && !(q.askedFor ?? []).some((e) => events.includes(e))) {
      ctx.fail(
        file,
        path,
        `answer "${key}" is never asked for life event${events.length > 1 ? 's' : ''} "${events.join('", "')}", so this could never be settled`,
      )
    }
  }
}

/** A procedure whose own words say it is a free choice cannot be a legal duty. */
const FREE_CHOICE = /ふつうは何もしなくて(?:いい|よい)|入るかは自由|申し込むかは自由|登録するかどうかは自由/

function checkObligation(ctx: CheckContext, file: string, p: Procedure): void {
  if (p.obligation !== 'required') return
  const words = [p.summary.ja, ...p.triggers.map((t) => t.due.text.ja)].find((x) => FREE_CHOICE.test(x))
  if (words)
    ctx.fail(
      file,
      'obligation',
      `procedure "${p.id}" is "required" but its own text says it is a free choice ("${words.match(FREE_CHOICE)?.[0]}")`,
    )
}
