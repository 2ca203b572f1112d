/**
 * What a resident answered: each key holds its value(s) as in the URL. A missing key has not been
 * asked yet; the value `unknown` means the resident chose わからない. Both count as "maybe" in rules.
 */
export type Answers = Readonly<Record<string, readonly string[]>>

export const UNKNOWN = 'unknown'

export function known(answers: Answers, key: string): readonly string[] | null {
  const values = answers[key]
  if (!values || values.length === 0 || values.includes(UNKNOWN)) return null
  return values
}

export function ages(answers: Answers): number[] | null {
  const values = known(answers, 'ages')
  return values ? values.map(Number) : null
}
