// Small navigator results for the result-screen tests: one procedure, one document, with what a test names.
import type { DocumentResult, DocumentUseResult, ProcedureResult } from '../../src/navigator/navigate'

export function procedureResult(id: string, extra: Partial<ProcedureResult> = {}): ProcedureResult {
  return {
    id,
    title: id,
    applies: 'yes',
    obligation: 'required',
    because: 'move-in',
    ask: [],
    due: { date: null, from: null, rule: '', movedForClosedDays: false },
    offices: [],
    counters: [],
    online: null,
    documents: [],
    sources: [],
    ...extra,
  }
}

export const due = (date: string | null) => ({ date, from: null, rule: '', movedForClosedDays: false })

export const use = (procedure: string, needed: DocumentUseResult['needed'] = 'yes'): DocumentUseResult => ({
  procedure,
  use: 'submit',
  needed,
  ask: [],
})

export function documentResult(id: string, extra: Partial<DocumentResult> = {}): DocumentResult {
  return {
    id,
    title: id,
    for: [],
    submit: [],
    show: [],
    needed: 'yes',
    conditions: [],
    ask: [],
    uses: [],
    copies: 1,
    cost: null,
    orderBy: null,
    producedBy: null,
    ...extra,
  }
}
