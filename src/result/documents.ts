// The checklist of documents as residents act on it: what to bring for sure, what depends on an
// answer not given yet, which procedures each is for, and what the catalog says about it. Pure: the
// catalog is asked through the lookups passed in.
import type { DocumentItem, DocumentUse, Localized, Procedure } from '../catalog/schema'
import type { DocumentResult } from '../navigator/navigate'

/** A procedure of the result by id, as the catalog describes it. */
export type ProcedureOf = (id: string) => Pick<Procedure, 'obligation' | 'documents'> | undefined

/** Whether a use is from a procedure the checklist names: what only a free choice uses stays with it. */
const counts = (procedureOf: ProcedureOf, id: string) => procedureOf(id)?.obligation !== 'optional'

/** The checklist: first what the answers show is needed, then what depends on an answer not given yet. */
export function documentChecklist(
  documents: readonly DocumentResult[],
  procedureOf: ProcedureOf,
): { needed: DocumentResult[]; maybe: DocumentResult[] } {
  const wanted = documents.filter((d) => d.uses.some((u) => counts(procedureOf, u.procedure)))
  return { needed: wanted.filter((d) => d.needed === 'yes'), maybe: wanted.filter((d) => d.needed === 'maybe') }
}

/**
 * The procedures a document is listed for, once each: for one the answers show is needed, those that
 * need it for sure; for one that may be needed, every procedure that may use it.
 */
export function documentProcedures(doc: DocumentResult, procedureOf: ProcedureOf): string[] {
  const uses = doc.uses.filter((u) => counts(procedureOf, u.procedure) && (doc.needed !== 'yes' || u.needed === 'yes'))
  return [...new Set(uses.map((u) => u.procedure))]
}

/**
 * The words of each use that has a condition (a rule), once each, in the order of the uses: a note
 * without a rule ("always") only says whose, and is not repeated here.
 */
export function documentConditions(doc: DocumentResult, procedureOf: ProcedureOf): Localized[] {
  const seen = new Set<string>()
  const out: Localized[] = []
  for (const u of doc.uses) {
    for (const d of procedureOf(u.procedure)?.documents ?? []) {
      if (d.id === doc.id && d.if && d.when && !seen.has(d.when.ja)) {
        seen.add(d.when.ja)
        out.push(d.when)
      }
    }
  }
  return out
}

/** What replaces a document from this many copies on (a cheaper certificate of the same facts), if anything. */
export function replacementAt(
  item: Pick<DocumentItem, 'replacedBy'> | undefined,
  copies: number,
): DocumentItem['replacedBy'] | null {
  return item?.replacedBy && copies >= item.replacedBy.atCopies ? item.replacedBy : null
}

/** The documents of a procedure this result asks for there, in the procedure's order. */
export function documentsUsed(procedure: Pick<Procedure, 'documents'>, documentIds: readonly string[]): DocumentUse[] {
  return procedure.documents.filter((d) => documentIds.includes(d.id))
}
