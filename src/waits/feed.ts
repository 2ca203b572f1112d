// Validates one feed document. The top level decides whether the document is used at all; below it,
// each office and counter stands alone, so one bad entry never hides the rest of the ward.
import * as v from 'valibot'

import { FeedCounter, FeedOffice, MAX_ITEMS, type WaitsDocument, WaitsDocumentSchema } from './feed-schema'
import { parseRfc3339 } from './rfc3339'

export { type FeedCounter, type FeedOffice, type FeedStatus, MAX_ITEMS, type WaitsDocument } from './feed-schema'

export interface FeedValidation {
  /** The usable document (bad entries removed), or null when the top level is invalid. */
  document: WaitsDocument | null
  /** One line per problem, e.g. "offices[2].counters[0].waiting: must be 0–999". */
  errors: string[]
}

/** A clock a few minutes off is normal; a document further ahead than this is not believed. */
export const FUTURE_TOLERANCE_MS = 5 * 60_000
// A hostile document can hold 10,000 bad counters; a few hundred lines say enough.
const MAX_ERRORS = 200

const Header = v.omit(WaitsDocumentSchema, ['offices'])
const OfficeHeader = v.omit(FeedOffice, ['counters'])

type Row = Record<string, unknown>
type Found<T> = { value: T; at: string }
const isRow = (x: unknown): x is Row => typeof x === 'object' && x !== null && !Array.isArray(x)
// Sizes are checked before anything walks an array, so a million-item array costs one comparison.
const isShortList = (x: unknown): x is unknown[] => Array.isArray(x) && x.length <= MAX_ITEMS
function listProblem(x: unknown, what: string): string {
  if (x === undefined) return 'is required'
  return Array.isArray(x) ? `must have at most ${MAX_ITEMS} ${what} (has ${x.length})` : `must be an array of ${what}`
}

/** The parsed value, or undefined after writing each problem (never the input itself, which may be huge). */
function check<T>(schema: v.GenericSchema<unknown, T>, input: unknown, at: string, errors: string[]): T | undefined {
  if (!isRow(input)) {
    errors.push(`${at || 'document'}: must be ${at ? 'an object' : 'a JSON object'}`)
    return undefined
  }
  const result = v.safeParse(schema, input, { abortPipeEarly: true })
  if (result.success) return result.output
  for (const issue of result.issues) {
    const missing = issue.kind === 'schema' && issue.path?.at(-1)?.origin === 'key'
    const where = `${at}${(issue.path ?? []).map((p) => `.${String(p.key)}`).join('')}`.replace(/^\./, '')
    errors.push(`${where}: ${missing ? 'is required' : issue.message}`)
  }
  return undefined
}

/** Two entries with one id would make the numbers ambiguous: the first is kept, later ones are dropped. */
function firstOfEach<T extends { id: string }>(found: Found<T>[], errors: string[]): T[] {
  const seen = new Map<string, string>()
  return found
    .filter(({ value, at }) => {
      const first = seen.get(value.id)
      if (first !== undefined) errors.push(`${at}.id: "${value.id}" repeats ${first}; the first is used`)
      else seen.set(value.id, at)
      return first === undefined
    })
    .map(({ value }) => value)
}

/** Only an exotic object (a throwing getter, a revoked proxy) throws here; JSON.parse output never does. */
function guarded<T>(at: string, errors: string[], read: () => Found<T>[]): Found<T>[] {
  try {
    return read()
  } catch {
    errors.push(`${at}: could not be read`)
    return []
  }
}

function validOffice(office: unknown, at: string, errors: string[]): Found<FeedOffice>[] {
  const header = check(OfficeHeader, office, at, errors)
  if (!header) return []
  const list = (office as Row).counters
  if (!isShortList(list)) {
    errors.push(`${at}.counters: ${listProblem(list, 'counters')}`)
    return []
  }
  const counters = list.flatMap((counter, j) => {
    const where = `${at}.counters[${j}]`
    return guarded(where, errors, () => {
      const value = check(FeedCounter, counter, where, errors)
      return value ? [{ value, at: where }] : []
    })
  })
  return [{ value: { ...header, counters: firstOfEach(counters, errors) }, at }]
}

function validate(json: unknown, now: Date): FeedValidation {
  const errors: string[] = []
  const header = check(Header, json, '', errors)
  const offices = isRow(json) ? json.offices : undefined
  if (isRow(json) && !isShortList(offices)) errors.push(`offices: ${listProblem(offices, 'offices')}`)
  const generatedAt = header ? parseRfc3339(header.generatedAt) : null
  if (generatedAt !== null && generatedAt > now.getTime() + FUTURE_TOLERANCE_MS) {
    errors.push('generatedAt: is more than 5 minutes in the future')
  }
  if (!header || errors.length || !isShortList(offices)) return { document: null, errors }

  const found = offices.flatMap((office, i) =>
    guarded(`offices[${i}]`, errors, () => validOffice(office, `offices[${i}]`, errors)),
  )
  const document: WaitsDocument = { ...header, offices: firstOfEach(found, errors) }
  return {
    document,
    errors:
      errors.length <= MAX_ERRORS
        ? errors
        : [...errors.slice(0, MAX_ERRORS), `… and ${errors.length - MAX_ERRORS} more`],
  }
}

export function validateFeed(json: unknown, now: Date): FeedValidation {
  try {
    return validate(json, now)
  } catch {
    return { document: null, errors: ['document: could not be read'] }
  }
}
