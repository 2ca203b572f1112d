// The catalog validator: schema first, then what a schema cannot see — references, duplicates,
// reachability, question order and links. Every problem names the file and the path inside it.
import * as v from 'valibot'
import { Files, type Catalog, type Procedure, type Question, type Rule } from './schema'
import { evaluate, ruleKeys } from '../rules/rules'
import type { Answers } from '../answers/types'

export type FileKind = keyof typeof Files

export interface CatalogFile {
  file: string
  kind: FileKind
  data: unknown
}

export interface CatalogError {
  file: string
  path: string
  message: string
}

export function formatError(e: CatalogError): string {
  return `${e.file}${e.path ? ` at ${e.path}` : ''}: ${e.message}`
}

type Parsed = { [K in FileKind]: { file: string; value: v.InferOutput<(typeof Files)[K]> }[] }

function parseFiles(files: readonly CatalogFile[], errors: CatalogError[]): Parsed {
  const parsed: Parsed = { offices: [], events: [], questions: [], documents: [], services: [], procedure: [], hosts: [] }
  const check = (file: string, schema: v.GenericSchema, data: unknown, prefix: string) => {
    const result = v.safeParse(schema, data)
    if (result.success) return result.output as unknown
    for (const issue of result.issues) errors.push({ file, path: `${prefix}${issuePath(issue)}`.replace(/^\./, ''), message: issue.message })
    return undefined
  }
  for (const { file, kind, data } of files) {
    const schema = Files[kind]
    if (schema.type !== 'array') {
      const value = check(file, schema, data, '')
      if (value !== undefined) parsed.procedure.push({ file, value: value as Procedure })
      continue
    }
    if (!Array.isArray(data)) { errors.push({ file, path: '', message: 'must be a list of entries' }); continue }
    // Entry by entry: one broken entry is reported alone instead of hiding the whole file.
    const items = data.map((item, i) => check(file, schema.item as v.GenericSchema, item, `[${i}]`)).filter((x) => x !== undefined)
    ;(parsed[kind] as { file: string; value: unknown }[]).push({ file, value: items })
  }
  return parsed
}

const DATE_KINDS = new Set(['days', 'months', 'before'])

export interface Validation {
  catalog: Catalog | null
  errors: CatalogError[]
}

export function validateCatalog(files: readonly CatalogFile[], holidays: readonly string[]): Validation {
  const errors: CatalogError[] = []
  const parsed = parseFiles(files, errors)
  const fail = (file: string, path: string, message: string) => errors.push({ file, path, message })

  const flat = <K extends Exclude<FileKind, 'procedure'>>(kind: K) =>
    parsed[kind].flatMap(({ file, value }) => (value as unknown[]).map((item, i) => ({ file, path: `[${i}]`, item: item as v.InferOutput<(typeof Files)[K]>[number] })))

  const offices = flat('offices')
  const events = flat('events')
  const questions = flat('questions')
  const documents = flat('documents')
  const services = flat('services')
  const hosts = new Set(flat('hosts').map((h) => h.item))
  const procedures = parsed.procedure.map(({ file, value }) => ({ file, path: '', item: value }))

  // Duplicate ids, per kind (counters share one space: the waits feed keys them globally).
  const unique = (label: string, list: { file: string; path: string; id: string }[]) => {
    const seen = new Map<string, string>()
    for (const { file, path, id } of list) {
      const first = seen.get(id)
      if (first) fail(file, path ? `${path}.id` : 'id', `duplicate ${label} id "${id}" (first defined in ${first})`)
      else seen.set(id, file)
    }
  }
  unique('office', offices.map(({ file, path, item }) => ({ file, path, id: item.id })))
  unique('counter', offices.flatMap(({ file, path, item }) => item.counters.map((c, i) => ({ file, path: `${path}.counters[${i}]`, id: c.id }))))
  unique('life event', events.map(({ file, path, item }) => ({ file, path, id: item.id })))
  unique('question', questions.map(({ file, path, item }) => ({ file, path, id: item.id })))
  unique('document', documents.map(({ file, path, item }) => ({ file, path, id: item.id })))
  unique('service', services.map(({ file, path, item }) => ({ file, path, id: item.id })))
  unique('procedure', procedures.map(({ file, item }) => ({ file, path: '', id: item.id })))
  for (const { file, item } of procedures) {
    const expected = file.split('/').pop()?.replace(/\.ya?ml$|\.json$/, '')
    if (expected && expected !== item.id) fail(file, 'id', `procedure id "${item.id}" does not match its file name "${expected}"`)
  }

  const eventIds = new Set(events.map((e) => e.item.id))
  const questionById = new Map(questions.map((q) => [q.item.id, q.item]))
  const procedureIds = new Set(procedures.map((p) => p.item.id))
  const documentIds = new Set(documents.map((d) => d.item.id))
  const serviceIds = new Set(services.map((s) => s.item.id))
  const officeById = new Map(offices.map((o) => [o.item.id, o.item]))

  // Questions: choices, events, and an order that always ends.
  const order = new Map(questions.map((q, i) => [q.item.id, i]))
  for (const { file, path, item: q } of questions) {
    if (q.kind === 'single' && (q.options?.length ?? 0) < 2) fail(file, `${path}.options`, `question "${q.id}" offers fewer than two choices`)
    q.askedFor?.forEach((e, i) => { if (!eventIds.has(e)) fail(file, `${path}.askedFor[${i}]`, `unknown life event "${e}"`) })
    for (const key of ruleKeys(q.when)) {
      const at = order.get(key)
      if (at === undefined) fail(file, `${path}.when`, `question "${q.id}" depends on unknown answer key "${key}"`)
      else if (at >= (order.get(q.id) ?? 0)) {
        fail(file, `${path}.when`, `question path never ends: "${q.id}" waits for "${key}", which is asked ${key === q.id ? 'by itself' : 'after it'}`)
      }
    }
    checkRuleValues(q.when, file, `${path}.when`)
  }
  if (!questions.some((q) => q.item.kind === 'events')) fail('catalog/questions.yaml', '', 'no question of kind "events": residents could never choose a life event')

  function checkRuleValues(rule: Rule | undefined, file: string, path: string) {
    if (!rule) return
    if ('is' in rule) {
      for (const [key, values] of Object.entries(rule.is)) {
        const q = questionById.get(key)
        if (!q) { fail(file, `${path}.is.${key}`, `unknown answer key "${key}"`); continue }
        if (q.kind !== 'single') { fail(file, `${path}.is.${key}`, `"${key}" is a ${q.kind} question; "is" needs a choice question`); continue }
        values.forEach((value, i) => {
          if (!q.options?.some((o) => o.value === value)) fail(file, `${path}.is.${key}[${i}]`, `"${value}" is not a choice of question "${key}"`)
        })
      }
    } else if ('age' in rule) {
      if (!questionById.has('ages')) fail(file, `${path}.age`, 'an age rule needs the "ages" question')
      if ((rule.age.min ?? 0) > (rule.age.max ?? 130)) fail(file, `${path}.age`, `age range ${rule.age.min}–${rule.age.max} is empty`)
    } else if ('all' in rule) rule.all.forEach((r, i) => checkRuleValues(r, file, `${path}.all[${i}]`))
    else if ('any' in rule) rule.any.forEach((r, i) => checkRuleValues(r, file, `${path}.any[${i}]`))
    else checkRuleValues(rule.not, file, `${path}.not`)
  }

  // Links: https (the schema) on an allowed host (here).
  const checkUrl = (url: string, file: string, path: string) => {
    const host = safeHost(url)
    if (host && !hosts.has(host)) fail(file, path, `link host "${host}" is not on the allow-list (catalog/allowed-hosts.yaml)`)
  }
  for (const { file, path, item } of offices) item.sources.forEach((s, i) => checkUrl(s.url, file, `${path}.sources[${i}].url`))
  for (const { file, path, item } of services) {
    if (item.url) checkUrl(item.url, file, `${path}.url`)
    item.offer?.events?.forEach((e, i) => { if (!eventIds.has(e)) fail(file, `${path}.offer.events[${i}]`, `unknown life event "${e}"`) })
    checkRuleValues(item.offer?.when, file, `${path}.offer.when`)
  }

  // Offices: sane hours.
  for (const { file, path, item } of offices) {
    item.hours.forEach((h, i) => { if (h.open >= h.close) fail(file, `${path}.hours[${i}]`, `opens at ${h.open} but closes at ${h.close}`) })
    item.extra?.forEach((x, i) => {
      if (x.pattern === 'nth-weekday' && (!x.weekday || !x.nth)) fail(file, `${path}.extra[${i}]`, 'an nth-weekday opening needs "weekday" and "nth"')
      if (x.open >= x.close) fail(file, `${path}.extra[${i}]`, `opens at ${x.open} but closes at ${x.close}`)
    })
  }

  // Procedures: references, reachability, links.
  for (const { file, item: p } of procedures) {
    p.triggers.forEach((t, i) => {
      const at = `triggers[${i}]`
      if (!eventIds.has(t.event)) { fail(file, `${at}.event`, `unknown life event "${t.event}"`); return }
      checkRuleValues(t.when, file, `${at}.when`)
      for (const key of ruleKeys(t.when)) {
        const q = questionById.get(key)
        if (q && !(q.askedFor ?? []).includes(t.event)) {
          fail(file, `${at}.when`, `answer "${key}" is never asked for life event "${t.event}", so this could never be settled`)
        }
      }
      if (DATE_KINDS.has(t.due.kind) && !(questionById.get('date')?.askedFor ?? []).includes(t.event)) {
        fail(file, `${at}.due`, `deadline counts from the date, but no date is asked for life event "${t.event}"`)
      }
    })
    if (p.triggers.every((t) => eventIds.has(t.event)) && !p.triggers.some((t) => satisfiable(t.when, t.event))) {
      fail(file, 'triggers', `procedure "${p.id}" is unreachable: no answers make any trigger apply`)
    }
    p.offices.forEach((o, i) => {
      const office = officeById.get(o.office)
      if (!office) fail(file, `offices[${i}].office`, `unknown office "${o.office}"`)
      else if (!office.counters.some((c) => c.id === o.counter)) fail(file, `offices[${i}].counter`, `office "${o.office}" has no counter "${o.counter}"`)
    })
    if (p.scope === 'ward' && p.offices.length === 0 && !p.online) fail(file, 'offices', `procedure "${p.id}" names no office and no online address: a resident could not do it`)
    if (p.scope === 'outside' && !p.handledBy) fail(file, 'handledBy', `procedure "${p.id}" is outside the ward but does not say who handles it`)
    p.documents.forEach((d, i) => {
      if (!documentIds.has(d.id)) fail(file, `documents[${i}].id`, `unknown document "${d.id}"`)
      checkRuleValues(d.if, file, `documents[${i}].if`)
    })
    p.services?.forEach((s, i) => { if (!serviceIds.has(s)) fail(file, `services[${i}]`, `unknown plan service "${s}"`) })
    p.after?.forEach((a, i) => {
      if (a === p.id) fail(file, `after[${i}]`, `procedure "${p.id}" cannot come after itself`)
      else if (!procedureIds.has(a)) fail(file, `after[${i}]`, `unknown procedure "${a}"`)
    })
    p.sources.forEach((s, i) => checkUrl(s.url, file, `sources[${i}].url`))
    if (p.online) checkUrl(p.online.url, file, 'online.url')
  }
  checkAfterCycles(procedures.map((p) => p.item), (id, message) => fail(procedures.find((p) => p.item.id === id)?.file ?? '', 'after', message))

  function satisfiable(rule: Rule | undefined, event: string): boolean {
    const keys = ruleKeys(rule)
    const domains = keys.map((key) => domainOf(questionById.get(key), rule))
    // Try every combination of concrete answers (the domains are tiny); "unknown" counts as reachable too.
    let found = false
    const walk = (i: number, answers: Record<string, string[]>) => {
      if (found) return
      if (i === keys.length) { found = evaluate(rule, { ...answers, events: [event] } as Answers).value === 'yes'; return }
      for (const value of domains[i] ?? []) walk(i + 1, { ...answers, [keys[i] as string]: value })
    }
    walk(0, {})
    return found
  }

  if (errors.length) return { catalog: null, errors }
  return {
    catalog: {
      events: events.map((e) => e.item),
      questions: questions.map((q) => q.item),
      procedures: procedures.map((p) => p.item),
      offices: offices.map((o) => o.item),
      documents: documents.map((d) => d.item),
      services: services.map((s) => s.item),
      holidays: [...holidays],
    },
    errors,
  }
}

/** A schema issue's place written like the validator's own: `sources[0].url`. */
function issuePath(issue: v.BaseIssue<unknown>): string {
  return (issue.path ?? [])
    .map((item) => (typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`))
    .join('')
}

function safeHost(url: string): string | null {
  try { return new URL(url).hostname } catch { return null }
}

/** Concrete answers worth trying for a key: each choice, or each age boundary the rules mention. */
function domainOf(question: Question | undefined, rule: Rule | undefined): string[][] {
  if (!question) return [['unknown']]
  if (question.kind === 'ages') {
    const bounds = new Set<number>([0, 130])
    const collect = (r: Rule | undefined) => {
      if (!r) return
      if ('age' in r) { for (const n of [r.age.min, r.age.max]) if (n !== undefined) { bounds.add(n); if (n > 0) bounds.add(n - 1); bounds.add(n + 1) } }
      else if ('all' in r) r.all.forEach(collect)
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
    if (state.get(id) === 'visiting') { report(id, `procedures wait for each other in a circle: ${[...trail, id].join(' → ')}`); return }
    state.set(id, 'visiting')
    for (const next of after.get(id) ?? []) if (after.has(next)) visit(next, [...trail, id])
    state.set(id, 'done')
  }
  for (const p of procedures) visit(p.id, [])
}
