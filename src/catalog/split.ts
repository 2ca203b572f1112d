// How the catalog reaches the browser: in parts, Japanese only, with each other language as packs
// of the same parts. A result downloads the procedures of its own events, and a reader the words of
// their own language. Pure: the build makes the parts, the tests check them.
import type { Entry } from '../i18n/translations'
import type { Catalog, Procedure } from './schema'
import { catalogTexts, isTextNode, textHash, type TextNode, textsOf } from './text-keys'

/** A language's strings for one part, in the order the part's texts are met (null: not translated). */
export type Pack = (string | null)[]

/** Procedures triggered by more than one event share one part; the rest live with their event. */
export const SHARED_PART = 'procedures/shared'
export const eventPart = (event: string) => `procedures/${event}`

export interface CatalogParts {
  /** Each part's data, Japanese only. */
  parts: Record<string, unknown>
  /** Language → part → pack; a language with nothing for a part has no pack for it. */
  packs: Record<string, Record<string, Pack>>
  /** The parts that hold the procedures an event can bring. */
  eventParts: Record<string, string[]>
  /** The part that holds each procedure. */
  procedurePart: Record<string, string>
  /** Per language: the share of catalog texts it can show (current translations), and of those reviewed. */
  status: Record<string, { catalog: number; reviewed: number }>
}

/** The first screen's part: events and the questions' structure, without the questions' words. */
function core(c: Catalog) {
  return {
    events: c.events.map(({ id, title, summary }) => ({ id, title, summary })),
    questions: c.questions.map(({ id, kind, askedFor, when, perEvent, later, none, options }) => ({
      id,
      kind,
      askedFor,
      when,
      perEvent,
      later,
      none: none ? true : undefined,
      options: options?.map((o) => ({ value: o.value, requires: o.requires })),
    })),
  }
}

/**
 * What search needs: the names of everything (`titles`, wanted in every language at once, so that a
 * query in any of them finds its procedure) and the rest of what it indexes (`search`, in the reader's
 * language only). The two lists run in the same order; the app puts each title back beside its entry.
 */
function searchParts(c: Catalog) {
  const usedBy = (doc: string) => c.procedures.find((p) => p.documents.some((d) => d.id === doc))?.id
  return {
    titles: {
      procedures: c.procedures.map((p) => p.title),
      events: c.events.map((e) => e.title),
      offices: c.offices.map((o) => o.name),
      documents: c.documents.map((d) => d.title),
    },
    // In Japanese only, and small: the summaries are left out, since a resident searches by name.
    search: {
      procedures: c.procedures.map(({ id, owner, triggers, after }) => ({
        id,
        owner,
        triggers: triggers.map(({ event }) => ({ event })),
        after,
      })),
      events: c.events.map(({ id }) => ({ id })),
      offices: c.offices.map(({ id, address, counters }) => ({
        id,
        address,
        counters: counters.map(({ id: counter, name }) => ({ id: counter, name })),
      })),
      documents: c.documents.map(({ id, issuer }) => ({ id, issuer, usedBy: usedBy(id) })),
    },
  }
}

/** Japanese only: the other languages travel as packs. */
export function japaneseOnly<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (_k, v: unknown) => (isTextNode(v) ? { ja: v.ja } : v))) as T
}

/**
 * The parts and packs of a catalog. `inline` languages are written in the catalog beside the
 * Japanese (ja-easy, en); `translations` holds the others, by text key, and only a translation made
 * from the current Japanese (same hash) is shipped: a stale one might state an old deadline.
 */
export function splitCatalog(
  catalog: Catalog,
  inline: readonly string[],
  translations: Readonly<Record<string, Readonly<Record<string, Entry>>>>,
): CatalogParts {
  const keyOf = new Map<TextNode, string>(catalogTexts(catalog).map(({ key, node }) => [node, key]))
  const events = [...new Set(catalog.procedures.flatMap((p) => p.triggers.map((t) => t.event)))]
  const procedurePart: Record<string, string> = {}
  const grouped: Record<string, Procedure[]> = {}
  for (const p of catalog.procedures) {
    const own = [...new Set(p.triggers.map((t) => t.event))]
    const part = own.length === 1 ? eventPart(own[0] as string) : SHARED_PART
    procedurePart[p.id] = part
    ;(grouped[part] ??= []).push(p)
  }
  const source: Record<string, unknown> = {
    core: core(catalog),
    questions: {
      questions: catalog.questions,
      dateLabels: Object.fromEntries(catalog.events.flatMap((e) => (e.dateLabel ? [[e.id, e.dateLabel]] : []))),
    },
    base: {
      events: catalog.events,
      offices: catalog.offices,
      documents: catalog.documents,
      services: catalog.services,
      holidays: catalog.holidays,
    },
    ...searchParts(catalog),
    ...grouped,
  }
  const eventParts = Object.fromEntries(events.map((e) => [e, [eventPart(e), SHARED_PART].filter((p) => p in grouped)]))
  const languages = [...inline, ...Object.keys(translations)]
  const packs: CatalogParts['packs'] = {}
  const total = catalogTexts(catalog).length
  const status: CatalogParts['status'] = {}
  for (const lang of languages) {
    const entries = translations[lang]
    const current = (node: TextNode): Entry | undefined => {
      const entry = entries?.[keyOf.get(node) ?? '']
      return entry && entry.text.trim() && entry.hash === textHash(node.ja) ? entry : undefined
    }
    const text = (node: TextNode): string | null =>
      entries ? (current(node)?.text ?? null) : typeof node[lang] === 'string' ? node[lang] : null
    for (const [part, data] of Object.entries(source)) {
      if (part === 'search') continue
      const pack = textsOf(data).map(text)
      if (pack.some((s) => s !== null)) (packs[lang] ??= {})[part] = pack
    }
    const all = catalogTexts(catalog).map(({ node }) => node)
    const shown = all.filter((n) => text(n) !== null).length
    const reviewed = entries ? all.filter((n) => current(n)?.status === 'reviewed').length : 0
    status[lang] = { catalog: total ? shown / total : 1, reviewed: total ? reviewed / total : 0 }
  }
  const parts = Object.fromEntries(Object.entries(source).map(([name, data]) => [name, japaneseOnly(data)]))
  return { parts, packs, eventParts, procedurePart, status }
}
