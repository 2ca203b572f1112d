// The catalog validator: schema first, then what a schema cannot see — one check per concern in
// ./checks (ids, questions, procedures, reachability, offices, services, text). Every problem names
// the file and the path inside it.
import * as v from 'valibot'

import { type CatalogError, createContext, type Entries, type FileKind } from './checks/context'
import { checkIdentity } from './checks/identity'
import { checkOffices } from './checks/offices'
import { checkProcedures } from './checks/procedures'
import { checkQuestions } from './checks/questions'
import { checkReachability } from './checks/reachability'
import { checkServices } from './checks/services'
import { checkText } from './checks/text'
import { type Catalog, Files, type Procedure } from './schema'

export type { CatalogError, FileKind } from './checks/context'

export interface CatalogFile {
  file: string
  kind: FileKind
  data: unknown
}

export function formatError(e: CatalogError): string {
  return `${e.file}${e.path ? ` at ${e.path}` : ''}: ${e.message}`
}

type Parsed = { [K in FileKind]: { file: string; value: v.InferOutput<(typeof Files)[K]> }[] }

function parseFiles(files: readonly CatalogFile[], errors: CatalogError[]): Parsed {
  const parsed: Parsed = {
    offices: [],
    events: [],
    questions: [],
    documents: [],
    services: [],
    procedure: [],
    hosts: [],
  }
  const check = (file: string, schema: v.GenericSchema, data: unknown, prefix: string) => {
    const result = v.safeParse(schema, data)
    if (result.success) return result.output
    for (const issue of result.issues)
      errors.push({ file, path: `${prefix}${issuePath(issue)}`.replace(/^\./, ''), message: issue.message })
    return undefined
  }
  for (const { file, kind, data } of files) {
    const schema = Files[kind]
    if (schema.type !== 'array') {
      const value = check(file, schema, data, '')
      if (value !== undefined) parsed.procedure.push({ file, value: value as Procedure })
      continue
    }
    if (!Array.isArray(data)) {
      errors.push({ file, path: '', message: 'must be a list of entries' })
      continue
    }
    // Entry by entry: one broken entry is reported alone instead of hiding the whole file.
    const items = data
      .map((item, i) => check(file, schema.item as v.GenericSchema, item, `[${i}]`))
      .filter((x) => x !== undefined)
    ;(parsed[kind] as { file: string; value: unknown }[]).push({ file, value: items })
  }
  return parsed
}

function entries(parsed: Parsed): Entries {
  const flat = <K extends Exclude<FileKind, 'procedure' | 'hosts'>>(kind: K) =>
    parsed[kind].flatMap(({ file, value }) =>
      (value as unknown[]).map((item, i) => ({
        file,
        path: `[${i}]`,
        item: item as v.InferOutput<(typeof Files)[K]>[number],
      })),
    )
  return {
    offices: flat('offices'),
    events: flat('events'),
    questions: flat('questions'),
    documents: flat('documents'),
    services: flat('services'),
    procedures: parsed.procedure.map(({ file, value }) => ({ file, path: '', item: value })),
    hosts: new Set(parsed.hosts.flatMap(({ value }) => value)),
  }
}

export interface Validation {
  catalog: Catalog | null
  errors: CatalogError[]
}

export function validateCatalog(files: readonly CatalogFile[], holidays: readonly string[]): Validation {
  const errors: CatalogError[] = []
  const ctx = createContext(entries(parseFiles(files, errors)), (file, path, message) =>
    errors.push({ file, path, message }),
  )
  for (const check of [
    checkIdentity,
    checkQuestions,
    checkServices,
    checkOffices,
    checkProcedures,
    checkReachability,
    checkText,
  ])
    check(ctx)
  if (errors.length) return { catalog: null, errors }
  return {
    catalog: {
      events: ctx.events.map((e) => e.item),
      questions: ctx.questions.map((q) => q.item),
      procedures: ctx.procedures.map((p) => p.item),
      offices: ctx.offices.map((o) => o.item),
      documents: ctx.documents.map((d) => d.item),
      services: ctx.services.map((s) => s.item),
      holidays: [...holidays],
    },
    errors,
  }
}

/** A schema issue's place written like the validator's own: `sources[0].url`. */
function issuePath(issue: v.BaseIssue<unknown>): string {
  return (issue.path ?? [])
    .map((item) => (typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`))
    .join('')
}
