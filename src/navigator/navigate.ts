// The navigator: answers in, procedures / deadlines / documents / trips out. Pure TypeScript,
// shared by the app and the `navi` command so that the two can never disagree.
import { serialiseAnswers } from '../answers/encoding'
import { type Answers, dateKey, eventDate, known, questionIdOf } from '../answers/types'
import {
  addDays,
  AFTER_EVERY_DATE,
  compareCodes,
  type IsoDate,
  type WardCalendar,
  wardCalendar,
} from '../calendar/dates'
import type { Catalog, Obligation, Procedure, Trigger } from '../catalog/schema'
import { choicesContext, evaluate, type RuleContext, type Truth } from '../rules/rules'
import { type DueDate, dueDate } from './dates'
import { datedEvents } from './flow'
import { planTrips, type Trip } from './trips'

export interface ProcedureResult {
  id: string
  title: string
  applies: Exclude<Truth, 'no'>
  /** How binding it is: a legal filing, a benefit only paid on application, advice, or free choice. */
  obligation: Obligation
  because: string
  ask: string[]
  due: DueDate
  offices: string[]
  counters: { office: string; counter: string }[]
  online: string | null
  documents: string[]
  sources: { url: string; verified: string }[]
}

/** One procedure's use of a document, and whether these answers show it is needed there. */
export interface DocumentUseResult {
  procedure: string
  use: 'submit' | 'show'
  needed: Exclude<Truth, 'no'>
  ask: string[]
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
  /** The catalog's words for when it is needed (Japanese), one per distinct condition. */
  conditions: string[]
  /** Answer keys that would settle a "maybe". */
  ask: string[]
  uses: DocumentUseResult[]
  /** Copies to have: one for each counter that keeps it, one to show to all the others. */
  copies: number
  /** Yen for all the copies, where the catalog knows the fee. */
  cost: number | null
  /** The last day to ask for it so that it arrives before the first deadline that needs it. */
  orderBy: IsoDate | null
  /** A procedure in this result that hands it to the resident (転出届 → 転出証明書): nothing to bring from home. */
  producedBy: string | null
}

/** Something the resident should know before it is too late. */
export interface NaviWarning {
  kind: 'lead-time'
  document: string
  procedure: string
  /** Ask for the document by this day; it is on or before the event itself. */
  orderBy: IsoDate
  /** The procedure's deadline the document may miss, so the warning can name it as a date. */
  due: IsoDate
}

export interface NaviResult {
  answers: string
  procedures: ProcedureResult[]
  documents: DocumentResult[]
  trips: Trip[]
  services: string[]
  serviceIds: string[]
  questions: string[]
  warnings: NaviWarning[]
}

const rank: Record<Truth, number> = { yes: 0, maybe: 1, no: 2 }
const obligationRank: Record<Obligation, number> = { required: 0, benefit: 1, recommended: 2, optional: 3 }

interface Match {
  trigger: Trigger
  applies: Truth
  ask: string[]
  due: DueDate
}

function bestMatch(
  procedure: Procedure,
  answers: Answers,
  events: readonly string[],
  calendar: WardCalendar,
  context: RuleContext,
): Match | null {
  // The deadline is worked out only for the triggers that may apply: most of a big catalog's do not.
  const matches = procedure.triggers
    .filter((t) => events.includes(t.event))
    .map((trigger) => ({ trigger, verdict: evaluate(trigger.when, answers, context) }))
    .filter(({ verdict }) => verdict.value !== 'no')
    .map(({ trigger, verdict }): Match => ({
      trigger,
      applies: verdict.value,
      ask: verdict.ask,
      due: dueDate(trigger.due, eventDate(answers, trigger.event), calendar),
    }))
    .sort(
      (a, b) =>
        rank[a.applies] - rank[b.applies] ||
        compareCodes(a.due.date ?? AFTER_EVERY_DATE, b.due.date ?? AFTER_EVERY_DATE),
    )
  return matches[0] ?? null
}

/** A navigator bound to one catalog; building the calendar and indexes once keeps each run cheap. */
export function createNavigator(catalog: Catalog) {
  const calendar = wardCalendar(catalog.holidays)
  const questionOrder = new Map(catalog.questions.map((q, i) => [q.id, i]))
  const documentsById = new Map(catalog.documents.map((d) => [d.id, d]))
  const servicesById = new Map(catalog.services.map((s) => [s.id, s]))
  const dateQuestion = catalog.questions.find((q) => q.kind === 'date')
  const orderOf = (key: string) => questionOrder.get(questionIdOf(key)) ?? Number.MAX_SAFE_INTEGER
  const byOrder = (a: string, b: string) => orderOf(a) - orderOf(b) || compareCodes(a, b)
  // A procedure comes after the one that hands it a document it needs (転入届 after 転出届).
  const producers = new Map<string, string[]>()
  for (const p of catalog.procedures)
    for (const d of p.produces ?? []) producers.set(d, [...(producers.get(d) ?? []), p.id])
  const afterOf = new Map(
    catalog.procedures.map((p) => [
      p.id,
      [
        ...new Set([
          ...(p.after ?? []),
          ...p.documents.flatMap((d) => (producers.get(d.id) ?? []).filter((x) => x !== p.id)),
        ]),
      ],
    ]),
  )
  // Only procedures that one of the chosen events can bring are looked at: with the plan's 1,700
  // procedures a result costs what its own events cost, not what the whole catalog costs.
  const byEvent = new Map<string, number[]>()
  catalog.procedures.forEach((p, index) => {
    for (const event of new Set(p.triggers.map((t) => t.event)))
      byEvent.set(event, [...(byEvent.get(event) ?? []), index])
  })
  const candidates = (events: readonly string[]) =>
    [...new Set(events.flatMap((e) => byEvent.get(e) ?? []))]
      .sort((a, b) => a - b)
      .map((i) => catalog.procedures[i] as Procedure)
  /**
   * How many procedures must come before this one among those the events can bring (the validator
   * guarantees no cycles). Counted within them only, so the order does not depend on which other
   * procedures happen to be at hand.
   */
  const depthWithin = (candidates: readonly Procedure[]) => {
    const here = new Set(candidates.map((p) => p.id))
    const depths = new Map<string, number>()
    const depth = (id: string): number => {
      const cached = depths.get(id)
      if (cached !== undefined) return cached
      const d = Math.max(0, ...(afterOf.get(id) ?? []).filter((x) => here.has(x)).map((x) => depth(x) + 1))
      depths.set(id, d)
      return d
    }
    return depth
  }

  /** The date keys still open: one per dated event when several are chosen, else the shared one. */
  function openDates(answers: Answers, dated: boolean): string[] {
    if (!dated || !dateQuestion) return []
    const events = dateQuestion.perEvent ? datedEvents(dateQuestion, answers) : []
    if (events.length > 1) return events.filter((e) => !eventDate(answers, e)).map(dateKey)
    return known(answers, 'date') || events.some((e) => known(answers, dateKey(e))) ? [] : ['date']
  }

  return function navigate(answers: Answers): NaviResult {
    const events = known(answers, 'events') ?? []
    const context = choicesContext(catalog.questions, answers)
    const chosen: { procedure: Procedure; match: Match }[] = []
    const possible = candidates(events)
    const depth = depthWithin(possible)
    for (const procedure of possible) {
      const match = bestMatch(procedure, answers, events, calendar, context)
      if (match) chosen.push({ procedure, match })
    }
    // Sure before maybe, earliest deadline first, the law before the rest, and on the same day a
    // prerequisite before what follows it.
    chosen.sort(
      (a, b) =>
        rank[a.match.applies] - rank[b.match.applies] ||
        compareCodes(a.match.due.date ?? AFTER_EVERY_DATE, b.match.due.date ?? AFTER_EVERY_DATE) ||
        obligationRank[a.procedure.obligation] - obligationRank[b.procedure.obligation] ||
        depth(a.procedure.id) - depth(b.procedure.id),
    )

    const procedures: ProcedureResult[] = []
    type Gathering = Omit<DocumentResult, 'copies' | 'cost' | 'orderBy' | 'producedBy'> & { whenSeen: Set<string> }
    const documents = new Map<string, Gathering>()
    for (const { procedure: p, match } of chosen) {
      const docIds: string[] = []
      for (const use of p.documents) {
        if (use.events && !use.events.includes(match.trigger.event)) continue
        const verdict = evaluate(use.if, answers, context)
        if (verdict.value === 'no') continue
        if (!docIds.includes(use.id)) docIds.push(use.id)
        const doc: Gathering = documents.get(use.id) ?? {
          id: use.id,
          title: documentsById.get(use.id)?.title.ja ?? use.id,
          for: [],
          submit: [],
          show: [],
          needed: 'maybe',
          conditions: [],
          ask: [],
          uses: [],
          whenSeen: new Set<string>(),
        }
        // What a free-choice procedure uses is never 必要: only the resident's wish makes it so.
        const needed =
          verdict.value === 'yes' && match.applies === 'yes' && p.obligation !== 'optional' ? 'yes' : 'maybe'
        if (!doc.for.includes(p.id)) doc.for.push(p.id)
        if (!doc[use.use].includes(p.id)) doc[use.use].push(p.id)
        doc.uses.push({ procedure: p.id, use: use.use, needed, ask: verdict.ask })
        if (needed === 'yes') doc.needed = 'yes'
        if (use.when && !doc.whenSeen.has(use.when.ja)) {
          doc.whenSeen.add(use.when.ja)
          doc.conditions.push(use.when.ja)
        }
        documents.set(use.id, doc)
      }
      procedures.push({
        id: p.id,
        title: p.title.ja,
        applies: match.applies === 'yes' ? 'yes' : 'maybe',
        obligation: p.obligation,
        because: match.trigger.event,
        ask: [...match.ask].sort(byOrder),
        due: match.due,
        offices: [...new Set(p.offices.map((o) => o.office))],
        counters: p.offices,
        online: p.online?.url ?? null,
        documents: docIds,
        sources: p.sources.map(({ url, verified }) => ({ url, verified })),
      })
    }
    const listed = new Set(procedures.map((p) => p.id))
    const byId = new Map(procedures.map((p) => [p.id, p]))
    const warnings: NaviWarning[] = []
    const documentList = [...documents.values()].map(({ whenSeen: _seen, ...doc }): DocumentResult => {
      const item = documentsById.get(doc.id)
      const producedBy = (producers.get(doc.id) ?? []).find((id) => listed.has(id) && !doc.for.includes(id)) ?? null
      const copies = Math.max(1, doc.submit.length + (doc.show.length && !doc.submit.length ? 1 : 0))
      const orderBy = item?.leadTimeDays && !producedBy ? firstOrderBy(doc, item.leadTimeDays, byId) : null
      if (orderBy && item?.leadTimeDays) {
        for (const u of doc.uses) {
          const due = byId.get(u.procedure)?.due
          if (u.needed === 'yes' && due?.from && due.date && orderBy.date <= due.from)
            warnings.push({
              kind: 'lead-time',
              document: doc.id,
              procedure: u.procedure,
              orderBy: orderBy.date,
              due: due.date,
            })
        }
      }
      return {
        ...doc,
        // A document a use already shows is needed has nothing left to settle.
        ask: doc.needed === 'yes' ? [] : [...new Set(doc.uses.flatMap((u) => u.ask))].sort(byOrder),
        copies,
        cost: item?.fee === undefined ? null : item.fee * copies,
        orderBy: orderBy?.date ?? null,
        producedBy,
      }
    })

    const offered = catalog.services.filter(
      (s) =>
        s.offer &&
        (!s.offer.events || s.offer.events.some((e) => events.includes(e))) &&
        evaluate(s.offer.when, answers, context).value === 'yes',
    )
    const serviceIds = [
      ...new Set([...chosen.flatMap(({ procedure }) => procedure.services ?? []), ...offered.map((s) => s.id)]),
    ]
    const dated = chosen.some(({ match }) => ['days', 'months', 'before'].includes(match.trigger.due.kind))
    const open = new Set([
      ...procedures.flatMap((p) => p.ask),
      ...documentList.flatMap((d) => d.ask),
      ...openDates(answers, dated),
    ])
    return {
      answers: serialiseAnswers(answers),
      procedures,
      documents: documentList,
      trips: planTrips(
        procedures,
        catalog.offices.map((o) => o.id),
        new Map(chosen.map(({ procedure }) => [procedure.id, afterOf.get(procedure.id) ?? []])),
      ),
      services: serviceIds
        .map((id) => servicesById.get(id))
        .filter((s) => s !== undefined)
        .map((s) => `${s.planItem} ${s.title.ja}`),
      serviceIds,
      questions: [...open].sort(byOrder),
      warnings,
    }
  }
}

/** The last day to ask for a document so it arrives before the earliest dated deadline of a procedure needing it. */
function firstOrderBy(
  doc: { uses: DocumentUseResult[] },
  leadTimeDays: number,
  procedures: ReadonlyMap<string, ProcedureResult>,
): { date: IsoDate } | null {
  const dues = doc.uses
    .map((u) => procedures.get(u.procedure)?.due.date)
    .filter((d): d is IsoDate => Boolean(d))
    .sort()
  return dues[0] ? { date: addDays(dues[0], -leadTimeDays) } : null
}

export function navigate(catalog: Catalog, answers: Answers): NaviResult {
  return createNavigator(catalog)(answers)
}
