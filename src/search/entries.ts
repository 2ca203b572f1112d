// What the search indexes: each procedure, life event, office and document as weighted texts.
// The weights say how much a match in that text tells about the resident's intent.
import type { Catalog, Localized } from '../catalog/schema'
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
 * 「転入」 from a letter, a Japanese reader "passport". Titles are indexed in every language and, where
 * furigana gives one, in their reading too (「てんにゅう」 finds 転入届). Longer texts are indexed only in
 * Japanese, the source, and in the reader's language, without readings: they add little to what a
 * resident finds, and most of the index's size and of a query's work.
 */
const OTHER_LANGUAGE = 0.8

function localized(value: Localized | undefined, weight: number, locale: string, title = false): Text[] {
  if (!value) return []
  const english = locale === 'en'
  return Object.entries(value).flatMap(([lang, text]) => {
    if (typeof text !== 'string' || (!title && lang !== 'ja' && lang !== locale)) return []
    const own = (lang === 'en') === english
    return (title ? variants(text) : [plainText(text)]).map((v) => ({ text: v, weight: own ? weight : weight * OTHER_LANGUAGE, title }))
  })
}

export function entries(catalog: Catalog, locale: string): Entry[] {
  const events = new Map(catalog.events.map((e) => [e.id, e]))
  const followers = new Map<string, number>()
  for (const p of catalog.procedures) for (const id of p.after ?? []) followers.set(id, (followers.get(id) ?? 0) + 1)
  const l = (value: Localized | undefined, weight: number, title = false) => localized(value, weight, locale, title)
  const plain = (text: string | undefined, weight: number): Text[] => (text ? [{ text, weight, title: false }] : [])
  return [
    ...catalog.procedures.map((p): Entry => ({
      kind: 'procedure', id: p.id, followers: followers.get(p.id) ?? 0,
      texts: [
        ...l(p.title, WEIGHT.title, true), ...l(p.summary, WEIGHT.summary), ...l(p.owner, WEIGHT.detail),
        ...[...new Set(p.triggers.map((t) => t.event))].flatMap((id) => l(events.get(id)?.title, WEIGHT.event)),
      ],
    })),
    ...catalog.events.map((e): Entry => ({
      kind: 'event', id: e.id, followers: 0,
      texts: [...l(e.title, WEIGHT.title, true), ...l(e.summary, WEIGHT.summary)],
    })),
    ...catalog.offices.map((o): Entry => ({
      kind: 'office', id: o.id, followers: 0,
      texts: [...l(o.name, WEIGHT.title, true), ...plain(o.address, WEIGHT.detail), ...o.counters.flatMap((c) => l(c.name, WEIGHT.detail))],
    })),
    ...catalog.documents.map((d): Entry => ({
      kind: 'document', id: d.id, followers: 0,
      texts: [...l(d.title, WEIGHT.title, true), ...l(d.issuer, WEIGHT.detail), ...l(d.note, WEIGHT.detail)],
    })),
  ]
}
