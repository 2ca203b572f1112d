// Counts for `content:report`: what the catalog holds, and what still lacks a translation.
import type { Catalog } from './schema'
import { textsOf as texts } from './text-keys'
import { type CatalogError, type CatalogFile, formatError } from './validate'

export interface ContentReport {
  lifeEvents: number
  procedures: number
  offices: number
  counters: number
  documents: number
  services: number
  /** The plan items the services cover, as numbered in the plan. */
  planItems: string[]
  questions: number
  outsideProcedures: number
  onlineProcedures: number
  uncertainFacts: number
  /** Localized texts lacking each translation, across every catalog item. */
  missingText: { 'ja-easy': number; en: number }
  /** Document uses that state a condition in words without a rule the navigator evaluates (must be 0). */
  proseConditionsWithoutRule: number
  /** Triggers whose deadline is "to be confirmed", of all triggers. */
  unknownDeadlines: { count: number; of: number; share: number }
  /** Sources citing a site's front page or Kita's old domain (must be 0). */
  bareOrOldDomainSources: number
  /** Procedures by how binding they are. */
  obligations: Record<string, number>
  /** Procedures each life event can bring (a procedure with triggers for two events counts for both). */
  proceduresByEvent: Record<string, number>
  /** Procedures done at the ward, and outside it (年金事務所, 法務局, 家庭裁判所, companies…). */
  scopes: { ward: number; outside: number }
  /** Documents that say how many days they take to get. */
  documentsWithLeadTime: number
  /** Deadlines that say what happens when they are missed (a fine, a lost month, a gap in cover…). */
  deadlinesWithConsequence: { count: number; of: number }
  errors: string[]
}

interface RawProcedure {
  obligation?: string
  scope?: string
  triggers?: { event?: string; due?: { kind?: string; consequence?: unknown } }[]
  documents?: { when?: unknown; if?: unknown; always?: unknown }[]
  sources?: { url?: string }[]
}

/** Read from the files as written, so a broken catalog still gets its counts. */
function rawProcedures(files: CatalogFile[]): RawProcedure[] {
  return files
    .filter((f) => f.kind === 'procedure' && typeof f.data === 'object' && f.data !== null)
    .map((f) => f.data as RawProcedure)
}

function isBareOrOld(url: string | undefined): boolean {
  try {
    const u = new URL(url ?? '')
    return u.hostname.endsWith('city.kita.tokyo.jp') || ((u.pathname === '/' || u.pathname === '') && !u.search)
  } catch {
    return false
  }
}

export function contentReport(catalog: Catalog | null, errors: CatalogError[], files: CatalogFile[]): ContentReport {
  const all = files.flatMap((f) => texts(f.data))
  const procedures = rawProcedures(files)
  const offices = files
    .filter((f) => f.kind === 'offices' && Array.isArray(f.data))
    .flatMap((f) => f.data as RawProcedure[])
  const triggers = procedures.flatMap((p) => p.triggers ?? [])
  const unknown = triggers.filter((t) => t.due?.kind === 'unknown').length
  const uncertain = (items: { uncertain?: unknown }[]) =>
    items.reduce((n, x) => n + (Array.isArray(x.uncertain) ? x.uncertain.length : 0), 0)
  return {
    lifeEvents: catalog?.events.length ?? 0,
    procedures: catalog?.procedures.length ?? 0,
    offices: catalog?.offices.length ?? 0,
    counters: catalog?.offices.reduce((n, o) => n + o.counters.length, 0) ?? 0,
    documents: catalog?.documents.length ?? 0,
    services: catalog?.services.length ?? 0,
    planItems: [...new Set(catalog?.services.map((s) => s.planItem) ?? [])],
    questions: catalog?.questions.length ?? 0,
    outsideProcedures: catalog?.procedures.filter((p) => p.scope === 'outside').length ?? 0,
    onlineProcedures: catalog?.procedures.filter((p) => p.online).length ?? 0,
    uncertainFacts: catalog
      ? uncertain(catalog.procedures) +
        uncertain(catalog.offices) +
        uncertain(catalog.offices.flatMap((o) => o.counters))
      : 0,
    missingText: {
      'ja-easy': all.filter((t) => typeof t['ja-easy'] !== 'string').length,
      en: all.filter((t) => typeof t.en !== 'string').length,
    },
    proseConditionsWithoutRule: procedures.flatMap((p) => p.documents ?? []).filter((d) => d.when && !d.if && !d.always)
      .length,
    unknownDeadlines: {
      count: unknown,
      of: triggers.length,
      share: triggers.length ? Math.round((unknown / triggers.length) * 1000) / 1000 : 0,
    },
    bareOrOldDomainSources: [...procedures, ...offices]
      .flatMap((p) => p.sources ?? [])
      .filter((s) => isBareOrOld(s.url)).length,
    obligations: Object.fromEntries(
      ['required', 'benefit', 'recommended', 'optional'].map((o) => [
        o,
        procedures.filter((p) => p.obligation === o).length,
      ]),
    ),
    proceduresByEvent: Object.fromEntries(
      (catalog?.events ?? []).map((e) => [
        e.id,
        procedures.filter((p) => (p.triggers ?? []).some((t) => t.event === e.id)).length,
      ]),
    ),
    scopes: {
      ward: procedures.filter((p) => p.scope === 'ward').length,
      outside: procedures.filter((p) => p.scope === 'outside').length,
    },
    documentsWithLeadTime: files
      .filter((f) => f.kind === 'documents' && Array.isArray(f.data))
      .flatMap((f) => f.data as { leadTimeDays?: unknown }[])
      .filter((d) => typeof d.leadTimeDays === 'number').length,
    deadlinesWithConsequence: {
      count: triggers.filter((t) => t.due?.kind !== 'none' && t.due?.consequence).length,
      of: triggers.filter((t) => t.due?.kind !== 'none').length,
    },
    errors: errors.map(formatError),
  }
}
