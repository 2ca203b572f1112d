// Furigana markup. Catalog text writes a reading as "{漢字|かんじ}"; the screens' messages, where
// "{" and "|" mean something to vue-i18n, write "｜漢字《かんじ》". Both parse into the same tokens,
// which components render as <ruby> with v-for, never as HTML strings.

export interface TextToken {
  text: string
  ruby?: string
}

const MARK = /\{([^{}|]+)\|([^{}|]+)\}|｜([^｜《》]+)《([^《》]+)》/g

export function parseFurigana(source: string): TextToken[] {
  const tokens: TextToken[] = []
  let last = 0
  for (const m of source.matchAll(MARK)) {
    if (m.index > last) tokens.push({ text: source.slice(last, m.index) })
    tokens.push({ text: m[1] ?? m[3] ?? '', ruby: m[2] ?? m[4] ?? '' })
    last = m.index + m[0].length
  }
  if (last < source.length) tokens.push({ text: source.slice(last) })
  return tokens
}

/** The text without readings, for places that cannot show ruby (titles, attributes). */
export function plainText(source: string): string {
  return source.replace(MARK, (_m, a?: string, _b?: string, c?: string) => a ?? c ?? '')
}
