// node --import tsx scripts/content-by-event.ts [--json] <ref>…: procedures per life event at each git
// ref, read from the catalog YAML stored there (older trees may not pass today's schema, so the files
// are parsed, not validated). Counted as content:report counts them: a procedure with a trigger for it.
import { execFileSync } from 'node:child_process'

import { parse } from 'yaml'

import { ROOT } from './lib/catalog-files'

const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 })
const yamlAt = (ref: string, path: string): unknown => parse(git('show', `${ref}:${path}`))

function countsAt(ref: string): { events: string[]; byEvent: Record<string, number>; procedures: number } {
  const events = (yamlAt(ref, 'catalog/events.yaml') as { id: string }[]).map((e) => e.id)
  const files = git('ls-tree', '-r', '--name-only', ref, 'catalog/procedures/')
    .split('\n')
    .filter((f) => f.endsWith('.yaml'))
  const procedures = files.flatMap((f) => {
    const data = yamlAt(ref, f) as { triggers?: { event: string }[] } | { triggers?: { event: string }[] }[]
    return Array.isArray(data) ? data : [data]
  })
  const byEvent = Object.fromEntries(
    events.map((e) => [e, procedures.filter((p) => (p.triggers ?? []).some((t) => t.event === e)).length]),
  )
  return { events, byEvent, procedures: procedures.length }
}

const json = process.argv.includes('--json')
const refs = process.argv.slice(2).filter((a) => a !== '--json')
if (!refs.length) {
  console.error('usage: scripts/content-by-event.ts [--json] <ref>…  (e.g. 61957a6^ HEAD)')
  process.exit(2)
}
const columns = refs.map((ref) => ({ ref: git('rev-parse', '--short', ref).trim(), ...countsAt(ref) }))
const events = [...new Set(columns.flatMap((c) => c.events))]
if (json) {
  const byRef = columns.map(({ ref, byEvent, procedures }) => ({ ref, procedures, byEvent }))
  process.stdout.write(`${JSON.stringify(byRef, null, 2)}\n`)
} else {
  console.log(`| event | ${columns.map((c) => c.ref).join(' | ')} |`)
  console.log(`| --- | ${columns.map(() => '---:').join(' | ')} |`)
  for (const e of events) console.log(`| ${e} | ${columns.map((c) => c.byEvent[e] ?? '—').join(' | ')} |`)
  console.log(`| all procedures, each once | ${columns.map((c) => c.procedures).join(' | ')} |`)
}
