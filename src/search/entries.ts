// What the search indexes: each procedure, life event, office and document as weighted texts.
// The weights say how much a match in that text tells about the resident's intent.
import type { Counter, DocumentItem, LifeEvent, Localized, Office, Procedure } from '../catalog/schema'
import { plainText } from '../i18n/furigana'
import { variants } from './normalise'

export type SearchKind = 'procedure' | 'event' | 'office' | 'document'

export interface Text {
  text: string
  weight: number
  title: boolean
}

export interface Entry {
  kind: SearchKind
  id: string
  texts: Text[]
  /** How many procedures come after this one: 転入届 before 転入学 when both titles match 「転入」. */
  followers: number
}

const WEIGHT = { title: 1, summary: 0.35, event: 0.3, detail: 0.2 } as const
/**
 * Texts in another language than the reader's still match, a little lower: an English reader may type
 * 「転入」 from a letter, a Vietnamese reader "moving in". Names are indexed in every language and,
 * where furigana gives one, in their reading and its romaji too (「てんにゅう」 and "tennyu" find 転入届).
 * Longer texts are indexed in Japanese, the source, and the reader's language, without readings: they
 * add little to what a resident finds, and most of the index's size and of a query's work.
 */
const OTHER_LANGUAGE = 0.8

/** A catalog text in a language (Japanese always), or nothing where that language has none. */
export type TextIn = (text: Localized, language: string) => string | undefined
/** Without packs, a catalog read whole holds its languages inline. */
export const inlineText: TextIn = (text, language) =>
  language === 'ja' ? text.ja : (text as Record<string, string | undefined>)[language]

/** What search reads of the catalog (the app gives it the search parts, the tools the whole catalog). */
export interface SearchSource {
  procedures: (Pick<Procedure, 'id' | 'title' | 'after'> & {
    summary?: Localized
    owner?: Localized
    triggers: { event: string }[]
  })[]
  events: (Pick<LifeEvent, 'id' | 'title'> & { summary?: Localized })[]
  offices: (Pick<Office, 'id' | 'name' | 'address'> & { counters: Pick<Counter, 'name'>[] })[]
  documents: (Pick<DocumentItem, 'id' | 'title' | 'issuer'> & { note?: Localized })[]
}

export interface EntryOptions {
  /** The languages whose names are indexed (every language of the app). */
  languages: readonly string[]
  textIn: TextIn
}

export function entries(catalog: SearchSource, locale: string, { languages, textIn }: EntryOptions): Entry[] {
  const events = new Map(catalog.events.map((e) => [e.id, e]))
  const followers = new Map<string, number>()
  for (const p of catalog.procedures) for (const id of p.after ?? []) followers.set(id, (followers.get(id) ?? 0) + 1)
  // Japanese and やさしい日本語 are one language to a query: a reading found in either counts in full.
  const japaneseFamily = (code: string) => code === 'ja' || code === 'ja-easy'
  const own = (lang: string) => lang === locale || (japaneseFamily(lang) && japaneseFamily(locale))
  const title = (value: Localized | undefined): Text[] =>
    value
      ? [...new Set(['ja', ...languages])].flatMap((lang) => {
          const text = textIn(value, lang)
          const weight = own(lang) ? WEIGHT.title : WEIGHT.title * OTHER_LANGUAGE
          return text ? variants(text).map((v) => ({ text: v, weight, title: true })) : []
        })
      : []
  // Longer texts: the Japanese, and the reader's own language where it has them.
  const japanese = (value: Localized | undefined, weight: number): Text[] =>
    value
      ? [...new Set(['ja', locale])].flatMap((lang) => {
          const text = textIn(value, lang)
          return text
            ? [{ text: plainText(text), weight: own(lang) ? weight : weight * OTHER_LANGUAGE, title: false }]
            : []
        })
      : []
  const plain = (text: string | undefined, weight: number): Text[] => (text ? [{ text, weight, title: false }] : [])
  return [
    ...catalog.procedures.map((p): Entry => ({
      kind: 'procedure',
      id: p.id,
      followers: followers.get(p.id) ?? 0,
      texts: [
        ...title(p.title),
        ...japanese(p.summary, WEIGHT.summary),
        ...japanese(p.owner, WEIGHT.detail),
        ...[...new Set(p.triggers.map((t) => t.event))].flatMap((id) => japanese(events.get(id)?.title, WEIGHT.event)),
      ],
    })),
    ...catalog.events.map((e): Entry => ({
      kind: 'event',
      id: e.id,
      followers: 0,
      texts: [...title(e.title), ...japanese(e.summary, WEIGHT.summary)],
    })),
    ...catalog.offices.map((o): Entry => ({
      kind: 'office',
      id: o.id,
      followers: 0,
      texts: [
        ...title(o.name),
        ...plain(o.address, WEIGHT.detail),
        ...o.counters.flatMap((c) => japanese(c.name, WEIGHT.detail)),
      ],
    })),
    ...catalog.documents.map((d): Entry => ({
      kind: 'document',
      id: d.id,
      followers: 0,
      texts: [...title(d.title), ...japanese(d.issuer, WEIGHT.detail), ...japanese(d.note, WEIGHT.detail)],
    })),
  ]
}
