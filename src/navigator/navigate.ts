// The navigator: answers in, procedures / deadlines / documents / trips out. Pure TypeScript,
// shared by the app and the `navi` command so that the two can never disagree.
import type { Catalog, Procedure, Trigger } from '../catalog/schema'
import { known, type Answers } from '../answers/types'
import { serialiseAnswers } from '../answers/encoding'
import { wardCalendar, type WardCalendar } from '../calendar/dates'
import { dueDate, type DueDate } from './dates'
import { evaluate, type Truth } from '../rules/rules'
import { planTrips, type Trip } from './trips'

export interface ProcedureResult {
  id: string
  title: string
  applies: Exclude<Truth, 'no'>
  because: string
  ask: string[]
  due: DueDate
  offices: string[]
  counters: { office: string; counter: string }[]
  online: string | null
  documents: string[]
  sources: { url: string; verified: string }[]
}

export interface DocumentResult {
  id: string
  title: string
  for: string[]
  /** Procedures where it is handed in, and where it is only shown. */
  submit: string[]
  show: string[]
  /** "maybe" where the resident's answers do not yet say whether it is needed. */
  needed: Exclude<Truth, 'no'>
}

export interface NaviResult {
  answers: string
  procedures: ProcedureResult[]
  documents: DocumentResult[]
  trips: Trip[]
  services: string[]
  serviceIds: string[]
  questions: string[]
}

const rank: Record<Truth, number> = { yes: 0, maybe: 1, no: 2 }

interface Match { trigger: Trigger; applies: Truth; ask: string[]; due: DueDate }

function bestMatch(procedure: Procedure, answers: Answers, events: readonly string[], calendar: WardCalendar): Match | null {
  const date = known(answers, 'date')?.[0] ?? null
  const matches = procedure.triggers
    .filter((t) => events.includes(t.event))
    .map((trigger): Match => {
      const verdict = evaluate(trigger.when, answers)
      return { trigger, applies: verdict.value, ask: verdict.ask, due: dueDate(trigger.due, date, calendar) }
    })
    .filter((m) => m.applies !== 'no')
    .sort((a, b) => rank[a.applies] - rank[b.applies] || (a.due.date ?? '9999').localeCompare(b.due.date ?? '9999'))
  return matches[0] ?? null
}

/** A navigator bound to one catalog; building the calendar and indexes once keeps each run cheap. */
export function createNavigator(catalog: Catalog) {
  const calendar = wardCalendar(catalog.holidays)
  const questionOrder = new Map(catalog.questions.map((q, i) => [q.id, i]))
  const documentsById = new Map(catalog.documents.map((d) => [d.id, d]))
  const servicesById = new Map(catalog.services.map((s) => [s.id, s]))
  const orderOf = (key: string) => questionOrder.get(key) ?? Number.MAX_SAFE_INTEGER
  const afterOf = new Map(catalog.procedures.map((p) => [p.id, p.after ?? []]))
  // Only procedures that one of the chosen events can bring are looked at: with the plan's 1,700
  // procedures a result costs what its own events cost, not what the whole catalog costs.
  const byEvent = new Map<string, number[]>()
  catalog.procedures.forEach((p, index) => {
    for (const event of new Set(p.triggers.map((t) => t.event))) byEvent.set(event, [...(byEvent.get(event) ?? []), index])
  })
  const candidates = (events: readonly string[]) =>
    [...new Set(events.flatMap((e) => byEvent.get(e) ?? []))].sort((a, b) => a - b).map((i) => catalog.procedures[i] as Procedure)
  const depths = new Map<string, number>()
  /** How many procedures must come before this one (the validator guarantees no cycles). */
  const depth = (id: string): number => {
    const known = depths.get(id)
    if (known !== undefined) return known
    const d = Math.max(0, ...(afterOf.get(id) ?? []).map((x) => depth(x) + 1))
    depths.set(id, d)
    return d
  }

  return function navigate(answers: Answers): NaviResult {
    const events = known(answers, 'events') ?? []
    const chosen: { procedure: Procedure; match: Match }[] = []
    for (const procedure of candidates(events)) {
      const match = bestMatch(procedure, answers, events, calendar)
      if (match) chosen.push({ procedure, match })
    }
    // Sure before maybe, earliest deadline first, and on the same day a prerequisite before what follows it.
    chosen.sort((a, b) =>
      rank[a.match.applies] - rank[b.match.applies]
      || (a.match.due.date ?? '9999').localeCompare(b.match.due.date ?? '9999')
      || depth(a.procedure.id) - depth(b.procedure.id))

    const procedures: ProcedureResult[] = []
    const documents = new Map<string, DocumentResult>()
    for (const { procedure: p, match } of chosen) {
      const docIds: string[] = []
      for (const use of p.documents) {
        const needed = evaluate(use.if, answers).value
        if (needed === 'no') continue
        docIds.push(use.id)
        const doc = documents.get(use.id) ?? {
          id: use.id, title: documentsById.get(use.id)?.title.ja ?? use.id, for: [], submit: [], show: [], needed: 'maybe',
        }
        doc.for.push(p.id)
        doc[use.use].push(p.id)
        if (needed === 'yes' && match.applies === 'yes') doc.needed = 'yes'
        documents.set(use.id, doc)
      }
      procedures.push({
        id: p.id,
        title: p.title.ja,
        applies: match.applies === 'yes' ? 'yes' : 'maybe',
        because: match.trigger.event,
        ask: [...match.ask].sort((a, b) => orderOf(a) - orderOf(b)),
        due: match.due,
        offices: [...new Set(p.offices.map((o) => o.office))],
        counters: p.offices,
        online: p.online?.url ?? null,
        documents: docIds,
        sources: p.sources.map(({ url, verified }) => ({ url, verified })),
      })
    }

    const offered = catalog.services.filter((s) => s.offer
      && (!s.offer.events || s.offer.events.some((e) => events.includes(e)))
      && evaluate(s.offer.when, answers).value === 'yes')
    const serviceIds = [...new Set([...chosen.flatMap(({ procedure }) => procedure.services ?? []), ...offered.map((s) => s.id)])]
    const open = new Set(procedures.flatMap((p) => p.ask))
    const dated = chosen.some(({ match }) => ['days', 'months', 'before'].includes(match.trigger.due.kind))
    if (dated && !known(answers, 'date')) open.add('date')
    return {
      answers: serialiseAnswers(answers),
      procedures,
      documents: [...documents.values()],
      trips: planTrips(procedures, catalog.offices.map((o) => o.id), new Map(chosen.map(({ procedure }) => [procedure.id, procedure.after ?? []]))),
      services: serviceIds.map((id) => servicesById.get(id)).filter((s) => s !== undefined).map((s) => `${s.planItem} ${s.title.ja}`),
      serviceIds,
      questions: [...open].sort((a, b) => orderOf(a) - orderOf(b)),
    }
  }
}

export function navigate(catalog: Catalog, answers: Answers): NaviResult {
  return createNavigator(catalog)(answers)
}
