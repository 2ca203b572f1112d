// Counts for `content:report`: what the catalog holds, and what still lacks a translation.
import type { Catalog } from './schema'
import { formatError, type CatalogError, type CatalogFile } from './validate'

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

function isLocalized(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x) && typeof (x as { ja?: unknown }).ja === 'string'
}

/** Every Localized object inside a value. */
export function localizedTexts(value: unknown): Record<string, unknown>[] {
  if (isLocalized(value)) return [value]
  if (Array.isArray(value)) return value.flatMap(localizedTexts)
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(localizedTexts)
  return []
}

export function contentReport(catalog: Catalog | null, errors: CatalogError[], files: CatalogFile[]): ContentReport {
  const texts = files.flatMap((f) => localizedTexts(f.data))
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
      'ja-easy': texts.filter((t) => typeof t['ja-easy'] !== 'string').length,
      en: texts.filter((t) => typeof t.en !== 'string').length,
    },
    errors: errors.map(formatError),
  }
}
