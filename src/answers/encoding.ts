// The one answers encoding (docs/answers.md, version 2 — every version 1 string reads the same): a
// URL query string keyed by question id, used by the page URL, the share link, the kiosk hand-off
// and the `navi` command. Bad input is reported per key and dropped, so the app can ask that
// question again; nothing here throws.
import { parseIsoDate } from '../calendar/dates'
import type { Question, Rule } from '../catalog/schema'
import { choicesContext, evaluate, ruleKeys } from '../rules/rules'
import { MAX_AGE, MAX_ANSWERS_LENGTH, MAX_LIST } from './limits'
import { type Answers, dateKey, NONE, UNKNOWN } from './types'

export type IssueCode = 'unknown-key' | 'bad-value' | 'repeated-key' | 'too-long' | 'contradiction'

export interface AnswerIssue {
  code: IssueCode
  key: string
  value?: string
  message: string
  /** For a contradiction: the earlier answers this one does not fit. */
  with?: string[]
}

/**
 * The issues as a question's page shows them: an answer to this question that does not fit an earlier
 * one is said beside the question, to be answered again; any other issue means the link itself could
 * not be read whole.
 */
export function issuesOnPage(
  issues: readonly AnswerIssue[],
  key: string,
): { conflict: AnswerIssue | undefined; unreadable: AnswerIssue[] } {
  return {
    conflict: issues.find((i) => i.code === 'contradiction' && i.key === key),
    unreadable: issues.filter((i) => i.code !== 'contradiction'),
  }
}

export interface ParsedAnswers {
  answers: Answers
  issues: AnswerIssue[]
}

type SchemaQuestion = Pick<Question, 'id' | 'kind'> & {
  askedFor?: readonly string[]
  perEvent?: boolean
  none?: unknown
  options?: readonly { value: string; requires?: Rule }[]
}

/** What the encoding needs to know of the catalog. */
export interface AnswerSchema {
  questions: readonly SchemaQuestion[]
  eventIds: readonly string[]
}

function accepts(question: SchemaQuestion, value: string, schema: AnswerSchema): boolean {
  if (value === UNKNOWN) return true
  switch (question.kind) {
    case 'events':
      return schema.eventIds.includes(value)
    case 'date': {
      const d = parseIsoDate(value)
      return d !== null && d.getUTCFullYear() >= 1900 && d.getUTCFullYear() <= 2100
    }
    case 'age':
    case 'ages':
      return (value === NONE && question.none !== undefined) || (/^\d{1,3}$/.test(value) && Number(value) <= MAX_AGE)
    case 'single':
      return (question.options ?? []).some((o) => o.value === value)
  }
}

const isList = (kind: string) => kind === 'events' || kind === 'ages'

function closest(key: string, keys: string[]): string | undefined {
  return keys.find((k) => k.length > 2 && (k.startsWith(key.slice(0, 2)) || key.startsWith(k.slice(0, 2))))
}

/** Every key the answers may hold: each question, and `date.<event>` for a per-event date. */
export function answerKeys(schema: AnswerSchema): Map<string, SchemaQuestion> {
  const keys = new Map<string, SchemaQuestion>()
  for (const q of schema.questions) {
    keys.set(q.id, q)
    if (q.perEvent) for (const event of q.askedFor ?? []) keys.set(dateKey(event), q)
  }
  return keys
}

/**
 * A link longer than the limit is read up to the last whole answer before it; the keys left
 * unread are named, so the resident is told, not silently given a shorter list.
 */
function withinLimit(text: string): { text: string; unread: string[] } {
  if (text.length <= MAX_ANSWERS_LENGTH) return { text, unread: [] }
  const cut = text.lastIndexOf('&', MAX_ANSWERS_LENGTH)
  const kept = cut > 0 ? text.slice(0, cut) : ''
  const unread = text
    .slice(kept.length)
    .split('&')
    .map((part) => part.split('=')[0] ?? '')
    .filter(Boolean)
  return { text: kept, unread: [...new Set(unread.map((k) => safeDecode(k).slice(0, 40)))] }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '))
  } catch {
    return text
  }
}

/** Address settings that are not answers: the language and the text size travel in links too. */
export const SETTINGS_KEYS: ReadonlySet<string> = new Set(['lang', 'textSize'])

/**
 * The address of a result to share (link, QR code, printout): its canonical answers, and the reader's
 * language where it is not Japanese, so that the phone that opens it shows the same words.
 */
export function resultAddress(answers: string, locale: string): string {
  const query = [answers, locale === 'ja' ? '' : `lang=${encodeURIComponent(locale)}`].filter(Boolean).join('&')
  return `/result${query ? `?${query}` : ''}`
}

export function parseAnswers(query: string, schema: AnswerSchema): ParsedAnswers {
  const issues: AnswerIssue[] = []
  const { text, unread } = withinLimit(query.startsWith('?') ? query.slice(1) : query)
  if (unread.length || text.length < (query.startsWith('?') ? query.length - 1 : query.length)) {
    issues.push({
      code: 'too-long',
      key: unread.join(', '),
      message: `answers are longer than ${MAX_ANSWERS_LENGTH} characters; not read: ${unread.join(', ') || '(the rest)'}`,
    })
  }
  const byKey = answerKeys(schema)
  const answers: Record<string, string[]> = {}
  for (const [key, raw] of new URLSearchParams(text)) {
    // "=x" or a stray "&=&" holds no answer: nothing to re-ask, nothing to name.
    if (!key || SETTINGS_KEYS.has(key)) continue
    const question = byKey.get(key)
    if (!question) {
      const hint = closest(key, [...byKey.keys()])
      issues.push({
        code: 'unknown-key',
        key: key.slice(0, 40),
        message: `unknown key "${key.slice(0, 40)}"${hint ? ` (did you mean "${hint}"?)` : ''}`,
      })
      continue
    }
    // A list may come as one key per value, as a plain HTML form sends it (events=a&events=b).
    const earlier = isList(question.kind) ? (answers[key] ?? []) : []
    if (key in answers && !isList(question.kind)) {
      issues.push({ code: 'repeated-key', key, message: `key "${key}" is given more than once; the first is used` })
      continue
    }
    const values = [...earlier, ...(isList(question.kind) ? raw.split(',') : [raw])]
    const bad = values.find((value) => !accepts(question, value, schema))
    const mixed = values.length > 1 && (values.includes(UNKNOWN) || values.includes(NONE))
    if (bad !== undefined || values.length > MAX_LIST || mixed) {
      const value = bad ?? raw
      issues.push({
        code: 'bad-value',
        key,
        value: value.slice(0, 40),
        message: `"${key}" does not accept "${value.slice(0, 40)}"`,
      })
      continue
    }
    // Two people can share an age (twins), so only the events list is de-duplicated.
    answers[key] = question.kind === 'events' ? [...new Set(values)] : values
  }
  return { answers: withoutContradictions(answers, schema, issues), issues }
}

/**
 * A choice the earlier answers rule out (第3号 with no spouse) is a contradiction: it is reported
 * naming both keys and dropped, so that question is asked again; the other answers stay.
 */
function withoutContradictions(
  answers: Record<string, string[]>,
  schema: AnswerSchema,
  issues: AnswerIssue[],
): Answers {
  const kept: Record<string, string[]> = { ...answers }
  for (const question of schema.questions) {
    const value = kept[question.id]?.[0]
    const option = question.options?.find((o) => o.value === value)
    if (!option?.requires) continue
    if (evaluate(option.requires, kept, choicesContext(schema.questions, kept)).value !== 'no') continue
    const others = ruleKeys(option.requires).filter((k) => k in kept)
    issues.push({
      code: 'contradiction',
      key: question.id,
      value,
      with: others,
      message: `"${question.id}=${value}" contradicts ${others.map((k) => `"${k}=${kept[k]?.join(',')}"`).join(' and ')}`,
    })
    delete kept[question.id]
  }
  return kept
}

/** Ages sort as numbers (4 before 33), everything else as text. */
function sortValues(values: readonly string[]): string[] {
  return values.every((x) => /^\d+$/.test(x)) ? [...values].sort((a, b) => Number(a) - Number(b)) : [...values].sort()
}

/** The canonical form: keys sorted, lists sorted, so equal situations give equal links. */
export function serialiseAnswers(answers: Answers): string {
  return Object.keys(answers)
    .filter((key) => (answers[key]?.length ?? 0) > 0)
    .sort()
    .map(
      (key) =>
        `${key}=${sortValues(answers[key] ?? [])
          .map(encodeURIComponent)
          .join(',')}`,
    )
    .join('&')
}

export function withAnswer(answers: Answers, key: string, values: readonly string[]): Answers {
  const next: Record<string, readonly string[]> = { ...answers }
  if (values.length) next[key] = values
  else delete next[key]
  return next
}
