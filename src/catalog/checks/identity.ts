// Ids: unique per kind (counters share one space: the waits feed keys them globally), and a
// procedure's id is its file name.
import type { CheckContext } from './context'

export function checkIdentity(ctx: CheckContext): void {
  const unique = (label: string, list: { file: string; path: string; id: string }[]) => {
    const seen = new Map<string, string>()
    for (const { file, path, id } of list) {
      const first = seen.get(id)
      if (first) ctx.fail(file, path ? `${path}.id` : 'id', `duplicate ${label} id "${id}" (first defined in ${first})`)
      else seen.set(id, file)
    }
  }
  const ids = <T extends { id: string }>(list: { file: string; path: string; item: T }[]) =>
    list.map(({ file, path, item }) => ({ file, path, id: item.id }))
  unique('office', ids(ctx.offices))
  unique(
    'counter',
    ctx.offices.flatMap(({ file, path, item }) =>
      item.counters.map((c, i) => ({ file, path: `${path}.counters[${i}]`, id: c.id })),
    ),
  )
  unique('life event', ids(ctx.events))
  unique('question', ids(ctx.questions))
  unique('document', ids(ctx.documents))
  unique('service', ids(ctx.services))
  unique('procedure', ids(ctx.procedures))
  for (const { file, item } of ctx.procedures) {
    const expected = file
      .split('/')
      .pop()
      ?.replace(/\.ya?ml$|\.json$/, '')
    if (expected && expected !== item.id)
      ctx.fail(file, 'id', `procedure id "${item.id}" does not match its file name "${expected}"`)
  }
}
