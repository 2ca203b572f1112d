// The navigator on the real catalog, for table tests: run a query string, then look up what it lists
// (failing with what it did list) or check that procedures and documents are absent.
import { expect } from 'vitest'

import { parseAnswers } from '../../src/answers/encoding'
import { answerSchema } from '../../src/catalog/answer-schema'
import { type DocumentResult, navigate, type NaviResult, type ProcedureResult } from '../../src/navigator/navigate'
import { realCatalog } from './catalog'

export const catalog = realCatalog()
const known = new Set(catalog.procedures.map((p) => p.id))
const knownDocuments = new Set(catalog.documents.map((d) => d.id))

/** The result for an answers query string, which must parse without issues. */
export function run(query: string): NaviResult {
  const { answers, issues } = parseAnswers(query, answerSchema(catalog))
  expect(issues).toEqual([])
  return navigate(catalog, answers)
}

export function proc(r: NaviResult, id: string): ProcedureResult {
  const found = r.procedures.find((p) => p.id === id)
  if (!found) throw new Error(`"${id}" is not listed; listed: ${r.procedures.map((p) => p.id).join(', ')}`)
  return found
}

export function doc(r: NaviResult, id: string): DocumentResult {
  const found = r.documents.find((d) => d.id === id)
  if (!found) throw new Error(`document "${id}" is not listed; listed: ${r.documents.map((d) => d.id).join(', ')}`)
  return found
}

/** None of these catalog procedures is listed (an id the catalog does not know fails too). */
export function absent(r: NaviResult, ids: string[]) {
  const listed = r.procedures.map((p) => p.id)
  for (const id of ids) {
    expect(known.has(id), `"${id}" is not a catalog procedure`).toBe(true)
    expect(listed, id).not.toContain(id)
  }
}

/** None of these catalog documents is listed. */
export function documentsAbsent(r: NaviResult, ids: string[]) {
  const listed = r.documents.map((d) => d.id)
  for (const id of ids) {
    expect(knownDocuments.has(id), `"${id}" is not a catalog document`).toBe(true)
    expect(listed, id).not.toContain(id)
  }
}
