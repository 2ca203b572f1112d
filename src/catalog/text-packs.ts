// The catalog's words in languages other than Japanese, looked up without touching the catalog: each
// part's texts are numbered in the order they are met (as the build numbered them), and a language's
// pack for that part holds its strings in the same order. Shared, immutable data stays shared.
import type { Pack } from './split'
import { walkTexts } from './text-keys'

const place = new WeakMap<object, { part: string; index: number }>()
const packs = new Map<string, Map<string, Pack>>()
const registered = new Set<string>()

/** Parts not numbered yet: a part is numbered only once a pack for it arrives (never, in Japanese). */
const unnumbered = new Map<string, unknown>()

function number(part: string): void {
  const data = unnumbered.get(part)
  if (data === undefined) return
  unnumbered.delete(part)
  let index = 0
  walkTexts(data, '', (_key, node) => place.set(node, { part, index: index++ }))
}

/**
 * Takes in a part of the catalog as it arrives. Its texts are numbered when a language's pack for it is
 * added (or at once, if one already is): walking every text of the first screen's parts cost a slow phone
 * tens of milliseconds at the start, for nothing when the app is read in Japanese.
 */
export function registerPart(part: string, data: unknown): void {
  if (registered.has(part)) return
  registered.add(part)
  unnumbered.set(part, data)
  if ([...packs.values()].some((byPart) => byPart.has(part))) number(part)
}

export function registeredParts(): string[] {
  return [...registered]
}

export function addPack(language: string, part: string, pack: Pack): void {
  let byPart = packs.get(language)
  if (!byPart) packs.set(language, (byPart = new Map<string, Pack>()))
  byPart.set(part, pack)
  number(part)
}

export function hasPack(language: string, part: string): boolean {
  return packs.get(language)?.has(part) ?? false
}

/** A text's string in a language from the packs, if that language has one for it. */
export function packText(node: object, language: string): string | undefined {
  const at = place.get(node)
  if (!at) return undefined
  return packs.get(language)?.get(at.part)?.[at.index] ?? undefined
}
