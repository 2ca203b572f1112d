/**
 * What a resident answered: each key holds its value(s) as in the URL. A missing key has not been
 * asked yet; the value `unknown` means the resident chose わからない. Both count as "maybe" in rules.
 */
export type Answers = Readonly<Record<string, readonly string[]>>

export const UNKNOWN = 'unknown'
/** An ages answer meaning "nobody" (no children, say): a known, empty list. */
export const NONE = 'none'

export function known(answers: Answers, key: string): readonly string[] | null {
  const values = answers[key]
  if (!values || values.length === 0 || values.includes(UNKNOWN)) return null
  return values
}

/** The ages an "ages" or "age" answer holds (`none` is an empty list), or null when not known. */
export function ages(answers: Answers, key = 'ages'): number[] | null {
  const values = known(answers, key)
  if (!values) return null
  return values.filter((x) => x !== NONE).map(Number)
}

/** The answer key of one event's own date, where several dated events are chosen. */
export const dateKey = (event: string) => `date.${event}`

/** The event an answer key is the own date of (`date.birth` → birth); undefined for any other key. */
export const dateEventOf = (key: string): string | undefined => (key.startsWith('date.') ? key.slice(5) : undefined)

/** The catalog question an answer key answers: `date.<event>` is the date question, asked for one event. */
export const questionIdOf = (key: string): string => (dateEventOf(key) === undefined ? key : 'date')

/** The day of one event: its own date if given, else the shared `date` (answers v1 meaning). */
export function eventDate(answers: Answers, event: string): string | null {
  return known(answers, dateKey(event))?.[0] ?? known(answers, 'date')?.[0] ?? null
}
