// The one answers encoding (answers spec v1): a URL query string keyed by question id, used by the
// page URL, the share link, the kiosk hand-off and the `navi` command. Bad input is reported per key
// and dropped, so the app can ask that question again; nothing here throws.
import type { Question } from '../catalog/schema'
import { parseIsoDate } from '../calendar/dates'
import { UNKNOWN, type Answers } from './types'

export type IssueCode = 'unknown-key' | 'bad-value' | 'repeated-key' | 'too-long'

export interface AnswerIssue {
  code: IssueCode
  key: string
  value?: string
  message: string
}

export interface ParsedAnswers {
  answers: Answers
  issues: AnswerIssue[]
}

const MAX_LENGTH = 2000
const MAX_LIST = 20

/** What the encoding needs to know of the catalog. */
export interface AnswerSchema {
  questions: readonly (Pick<Question, 'id' | 'kind'> & { options?: readonly { value: string }[] })[]
  eventIds: readonly string[]
}

function accepts(question: AnswerSchema['questions'][number], value: string, schema: AnswerSchema): boolean {
  if (value === UNKNOWN) return true
  switch (question.kind) {
    case 'events': return schema.eventIds.includes(value)
    case 'date': {
      const d = parseIsoDate(value)
      return d !== null && d.getUTCFullYear() >= 1900 && d.getUTCFullYear() <= 2100
    }
    case 'ages': return /^\d{1,3}$/.test(value) && Number(value) <= 130
    case 'single': return (question.options ?? []).some((o) => o.value === value)
  }
}

const isList = (kind: string) => kind === 'events' || kind === 'ages'

function closest(key: string, keys: string[]): string | undefined {
  return keys.find((k) => k.length > 2 && (k.startsWith(key.slice(0, 2)) || key.startsWith(k.slice(0, 2))))
}

export function parseAnswers(query: string, schema: AnswerSchema): ParsedAnswers {
  const issues: AnswerIssue[] = []
  const text = query.startsWith('?') ? query.slice(1) : query
  if (text.length > MAX_LENGTH) {
    return { answers: {}, issues: [{ code: 'too-long', key: '', message: `answers are longer than ${MAX_LENGTH} characters` }] }
  }
  const byId = new Map(schema.questions.map((q) => [q.id, q]))
  const answers: Record<string, string[]> = {}
  for (const [key, raw] of new URLSearchParams(text)) {
    // "=x" or a stray "&=&" holds no answer: nothing to re-ask, nothing to name.
    if (!key) continue
    const question = byId.get(key)
    if (!question) {
      const hint = closest(key, [...byId.keys()])
      issues.push({ code: 'unknown-key', key, message: `unknown key "${key}"${hint ? ` (did you mean "${hint}"?)` : ''}` })
      continue
    }
    if (key in answers) {
      issues.push({ code: 'repeated-key', key, message: `key "${key}" is given more than once; the first is used` })
      continue
    }
    const values = isList(question.kind) ? raw.split(',') : [raw]
    const bad = values.find((value) => !accepts(question, value, schema))
    if (bad !== undefined || values.length > MAX_LIST || (values.length > 1 && values.includes(UNKNOWN))) {
      const value = bad ?? raw
      issues.push({ code: 'bad-value', key, value: value.slice(0, 40), message: `"${key}" does not accept "${value.slice(0, 40)}"` })
      continue
    }
    // Two people can share an age (twins), so only the events list is de-duplicated.
    answers[key] = question.kind === 'events' ? [...new Set(values)] : values
  }
  return { answers, issues }
}

function sortValues(key: string, values: readonly string[]): string[] {
  return key === 'ages'
    ? [...values].sort((a, b) => Number(a) - Number(b) || a.localeCompare(b))
    : [...values].sort()
}

/** The canonical form: keys sorted, lists sorted, so equal situations give equal links. */
export function serialiseAnswers(answers: Answers): string {
  return Object.keys(answers)
    .filter((key) => (answers[key]?.length ?? 0) > 0)
    .sort()
    .map((key) => `${key}=${sortValues(key, answers[key] ?? []).map(encodeURIComponent).join(',')}`)
    .join('&')
}

export function withAnswer(answers: Answers, key: string, values: readonly string[]): Answers {
  const next: Record<string, readonly string[]> = { ...answers }
  if (values.length) next[key] = values
  else delete next[key]
  return next
}
