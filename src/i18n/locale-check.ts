// Checks a translation file against the source (ja.json): missing and extra keys, placeholders that
// differ, characters vue-i18n would misread, and for やさしい日本語 any kanji without a reading.
export type Messages = { [key: string]: string | Messages }

export interface LocaleCheck {
  total: number
  translated: number
  missing: string[]
  extra: string[]
  placeholderMismatch: string[]
  syntax: string[]
  kanjiWithoutReading: string[]
}

export function flatten(messages: Messages, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') out.set(path, value)
    else for (const [k, v] of flatten(value, path)) out.set(k, v)
  }
  return out
}

const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort().join(',')
const READING = /｜[^｜《》]+《[^《》]+》/g
const KANJI = /[\u3400-\u4dbf\u4e00-\u9fff々]/

export function checkLocale(source: Messages, target: Messages, options: { furigana?: boolean } = {}): LocaleCheck {
  const src = flatten(source)
  const tgt = flatten(target)
  const result: LocaleCheck = {
    total: src.size,
    translated: 0,
    missing: [],
    extra: [],
    placeholderMismatch: [],
    syntax: [],
    kanjiWithoutReading: [],
  }
  for (const [key, text] of src) {
    const translated = tgt.get(key)
    if (translated === undefined || translated.trim() === '') {
      result.missing.push(key)
      continue
    }
    result.translated += 1
    if (placeholders(text) !== placeholders(translated)) result.placeholderMismatch.push(key)
    // Outside {placeholders}, vue-i18n reads { } | @ $ as syntax.
    if (/[{}|@$]/.test(translated.replace(/\{\w+\}/g, ''))) result.syntax.push(key)
    if (options.furigana && KANJI.test(translated.replace(READING, '').replace(/\{\w+\}/g, '')))
      result.kanjiWithoutReading.push(key)
  }
  for (const key of tgt.keys()) if (!src.has(key)) result.extra.push(key)
  return result
}
