import type { Catalog, Counter, Office, Procedure } from './schema'

/** The offices and counters where a procedure is done, as the catalog describes them. */
export function countersOf(procedure: Pick<Procedure, 'offices'> | undefined, offices: Catalog['offices']): { office: Office; counter: Counter }[] {
  return (procedure?.offices ?? []).flatMap(({ office, counter }) => {
    const o = offices.find((x) => x.id === office)
    const c = o?.counters.find((x) => x.id === counter)
    return o && c ? [{ office: o, counter: c }] : []
  })
}
