// The catalog with id-keyed lookups, built once: screens ask "the office oji", never search lists.
import type { Catalog, Counter, DocumentItem, LifeEvent, Office, Procedure, Question, Service } from './schema'

/** Lookups by id; each is a plain function, safe to pass on (`list.map(index.procedure)`). */
export interface CatalogIndex {
  catalog: Catalog
  procedure: (id: string) => Procedure | undefined
  office: (id: string) => Office | undefined
  counter: (office: string, counter: string) => Counter | undefined
  document: (id: string) => DocumentItem | undefined
  question: (id: string) => Question | undefined
  event: (id: string) => LifeEvent | undefined
  service: (id: string) => Service | undefined
  /** The offices and counters where a procedure is done, as the catalog describes them. */
  countersOf: (procedure: Pick<Procedure, 'offices'> | undefined) => { office: Office; counter: Counter }[]
}

export function indexCatalog(catalog: Catalog): CatalogIndex {
  const by = <T extends { id: string }>(list: readonly T[]) => new Map(list.map((x) => [x.id, x]))
  const procedures = by(catalog.procedures)
  const offices = by(catalog.offices)
  const counters = new Map(catalog.offices.flatMap((o) => o.counters.map((c) => [`${o.id}/${c.id}`, c] as const)))
  const documents = by(catalog.documents)
  const questions = by(catalog.questions)
  const events = by(catalog.events)
  const services = by(catalog.services)
  const index: CatalogIndex = {
    catalog,
    procedure: (id) => procedures.get(id),
    office: (id) => offices.get(id),
    counter: (office, counter) => counters.get(`${office}/${counter}`),
    document: (id) => documents.get(id),
    question: (id) => questions.get(id),
    event: (id) => events.get(id),
    service: (id) => services.get(id),
    countersOf: (procedure) =>
      (procedure?.offices ?? []).flatMap(({ office, counter }) => {
        const o = offices.get(office)
        const c = counters.get(`${office}/${counter}`)
        return o && c ? [{ office: o, counter: c }] : []
      }),
  }
  return index
}
