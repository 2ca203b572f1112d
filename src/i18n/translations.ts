// Translations kept beside their source, for the screens and for the catalog alike: each string
// records the hash of the Japanese it was translated from and how far it has been checked. Pure:
// used by the build (which strings to ship), the i18n tool (what to do next) and the tests.
import { textHash } from '../catalog/text-keys'
import { describeFacts, droppedFacts, kanjiWithoutReading } from './easy-facts'

export const STATUSES = ['draft', 'translated', 'reviewed'] as const
export type Status = (typeof STATUSES)[number]

/** One translated string: its text, the hash of the Japanese it renders, and its review status. */
export interface Entry {
  text: string
  hash: string
  status: Status
}

/** A string that can be translated: where it is, its Japanese source, and its English (for reference). */
export interface SourceString {
  key: string
  ja: string
  en?: string
}

/** A fixed translation of an official term (転入届, 在留カード …), with where it comes from. */
export interface Term {
  ja: string
  text: string
  source?: string
  note?: string
}

export interface TranslationCheck {
  total: number
  translated: number
  reviewed: number
  missing: string[]
  unused: string[]
  stale: string[]
  drafts: string[]
  placeholderErrors: string[]
  furiganaErrors: string[]
  html: string[]
  /** Japanese left in a translation that is neither in the English nor a termbase term. */
  inJapanese: string[]
  /** A translation that is the English text, or mostly Latin letters in a language that is not. */
  inEnglish: string[]
  /** A termbase term in the Japanese whose fixed translation is not in the text. */
  termMismatches: string[]
  /** やさしい日本語 only: "key: 14日 (number)" for each text that drops a fact of its Japanese. */
  droppedFacts: string[]
  /** やさしい日本語 only: "key: 漢字" for each text showing kanji without a reading. */
  kanjiWithoutReading: string[]
}

const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort().join(',')
/** Catalog readings {漢字|かんじ} and screen readings ｜漢字《かんじ》, stripped before other checks. */
const READINGS = /\{([^{}|]+)\|([^{}|]+)\}|｜([^｜《》]+)《([^《》]+)》/g
const JAPANESE = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff々〆ヶ]+/g
/** Chinese shares the ideographs: there, only kana show Japanese left in. */
const KANA = /[\u3040-\u30ff]+/g
const LATIN_WORD = /[A-Za-z]{2,}/g
const HTML = /<\/?[a-z][^>]*>/i

/** Scripts that are not written in Latin letters: a translation mostly in Latin letters is English left in. */
const NON_LATIN = new Set(['zh-Hans', 'zh-Hant', 'ko', 'ne', 'my', 'ja', 'ja-easy'])

export function isStale(entry: Entry, source: SourceString): boolean {
  return entry.hash !== textHash(source.ja)
}

/**
 * Furigana gone wrong: in やさしい日本語 a brace or a ｜《》 left open; in any other language, reading
 * markup at all (《》 are Chinese title marks there, and fine).
 */
export function furiganaError(text: string, language = 'ja-easy'): boolean {
  if (language !== 'ja-easy') return /\{[^{}|]+\|[^{}|]+\}|｜[^｜《》]+《[^《》]+》/.test(text)
  const rest = text.replace(READINGS, '').replace(/\{\w+\}/g, '')
  return /[{}｜《》]/.test(rest)
}

function japaneseLeft(text: string, source: SourceString, terms: readonly Term[], language: string): boolean {
  const pattern = language.startsWith('zh') ? KANA : JAPANESE
  let rest = text.replace(READINGS, (_m, a?: string, _b?: string, c?: string) => a ?? c ?? '')
  for (const t of terms) rest = rest.split(t.ja).join('')
  const allowed = new Set([...(source.en ?? '').matchAll(JAPANESE)].map((m) => m[0]))
  return [...rest.matchAll(pattern)].some((m) => ![...allowed].some((a) => a.includes(m[0])))
}

function englishLeft(text: string, source: SourceString, language: string): boolean {
  if (source.en && text.trim() === source.en.trim() && /[A-Za-z]{3,}/.test(text)) return true
  if (!NON_LATIN.has(language)) return false
  // Latin words the Japanese itself has ("言語 / Language", "PDF") are not English left in.
  const own = new Set([...source.ja.matchAll(LATIN_WORD)].map((m) => m[0]))
  const stripped = text
    .replace(/\{\w+\}/g, '')
    .replace(/https?:\/\/\S+/g, '')
    .replace(LATIN_WORD, (w) => (own.has(w) ? '' : w))
  const latin = [...stripped.matchAll(LATIN_WORD)].reduce((n, m) => n + m[0].length, 0)
  const letters = stripped.replace(/[\s\d\p{P}\p{S}]/gu, '').length
  return letters > 8 && latin / letters > 0.5
}

/**
 * How a language's translations stand against the current sources. Stale strings (the Japanese
 * changed since) count as missing for the reader: the app shows the fallback for them.
 */
export function checkTranslations(
  sources: readonly SourceString[],
  entries: Readonly<Record<string, Entry>>,
  language: string,
  terms: readonly Term[] = [],
): TranslationCheck {
  const result: TranslationCheck = {
    total: sources.length,
    translated: 0,
    reviewed: 0,
    missing: [],
    unused: [],
    stale: [],
    drafts: [],
    placeholderErrors: [],
    furiganaErrors: [],
    html: [],
    inJapanese: [],
    inEnglish: [],
    termMismatches: [],
    droppedFacts: [],
    kanjiWithoutReading: [],
  }
  const known = new Set(sources.map((s) => s.key))
  for (const source of sources) {
    const entry = entries[source.key]
    if (!entry || !entry.text.trim()) {
      result.missing.push(source.key)
      continue
    }
    if (language === 'ja-easy') {
      // Checked even when stale: a fact that changed in the Japanese (a new deadline) shows here too.
      const dropped = droppedFacts(source.ja, entry.text)
      if (dropped.length) result.droppedFacts.push(`${source.key}: ${describeFacts(dropped)}`)
      const bare = kanjiWithoutReading(entry.text)
      if (bare.length) result.kanjiWithoutReading.push(`${source.key}: ${bare.join(' ')}`)
    }
    if (isStale(entry, source)) {
      result.stale.push(source.key)
      continue
    }
    result.translated += 1
    if (entry.status === 'reviewed') result.reviewed += 1
    if (entry.status === 'draft') result.drafts.push(source.key)
    if (placeholders(source.ja) !== placeholders(entry.text)) result.placeholderErrors.push(source.key)
    if (furiganaError(entry.text, language)) result.furiganaErrors.push(source.key)
    if (HTML.test(entry.text)) result.html.push(source.key)
    if (japaneseLeft(entry.text, source, terms, language)) result.inJapanese.push(source.key)
    if (englishLeft(entry.text, source, language)) result.inEnglish.push(source.key)
    for (const term of terms) {
      if (source.ja.includes(term.ja) && !entry.text.toLowerCase().includes(term.text.toLowerCase())) {
        result.termMismatches.push(source.key)
        break
      }
    }
  }
  for (const key of Object.keys(entries)) if (!known.has(key)) result.unused.push(key)
  return result
}

/**
 * Texts written beside the Japanese in the catalog itself (ja-easy, en), checked like translations
 * made from the current Japanese: they cannot be stale, but can break a reading or drop a fact.
 */
export function checkInlineTexts(
  sources: readonly SourceString[],
  texts: ReadonlyMap<string, string>,
  language: string,
): TranslationCheck {
  const entries: Record<string, Entry> = {}
  for (const source of sources) {
    const text = texts.get(source.key)
    if (text) entries[source.key] = entryFor(text, source)
  }
  return checkTranslations(sources, entries, language)
}

/** An entry for a text translated now from the given source. */
export function entryFor(text: string, source: SourceString, status: Status = 'translated'): Entry {
  return { text, hash: textHash(source.ja), status }
}
