// Counts for `content:report`: what the catalog holds, and what still lacks a translation.
import type { Catalog } from './schema'
import { formatError, type CatalogError, type CatalogFile } from './validate'
import { texts } from './packs'

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
  errors: string[]
}


export function contentReport(catalog: Catalog | null, errors: CatalogError[], files: CatalogFile[]): ContentReport {
  const all = files.flatMap((f) => texts(f.data))
  const uncertain = (items: { uncertain?: unknown }[]) => items.reduce((n, x) => n + (Array.isArray(x.uncertain) ? x.uncertain.length : 0), 0)
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
    uncertainFacts: catalog ? uncertain(catalog.procedures) + uncertain(catalog.offices) + uncertain(catalog.offices.flatMap((o) => o.counters)) : 0,
    missingText: {
      'ja-easy': all.filter((t) => typeof t['ja-easy'] !== 'string').length,
      en: all.filter((t) => typeof t.en !== 'string').length,
    },
    errors: errors.map(formatError),
  }
}
