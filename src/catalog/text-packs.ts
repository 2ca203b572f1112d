// The catalog's words in languages other than Japanese, looked up without touching the catalog: each
// part's texts are numbered in the order they are met (as the build numbered them), and a language's
// pack for that part holds its strings in the same order. Shared, immutable data stays shared.
import type { Pack } from './split'
import { walkTexts } from './text-keys'

const place = new WeakMap<object, { part: string; index: number }>()
const packs = new Map<string, Map<string, Pack>>()
const registered = new Set<string>()

/** Numbers the texts of a part of the catalog as it arrives. */
export function registerPart(part: string, data: unknown): void {
  if (registered.has(part)) return
  registered.add(part)
  let index = 0
  walkTexts(data, '', (_key, node) => place.set(node, { part, index: index++ }))
}

export function registeredParts(): string[] {
  return [...registered]
}

export function addPack(language: string, part: string, pack: Pack): void {
  let byPart = packs.get(language)
  if (!byPart) packs.set(language, (byPart = new Map<string, Pack>()))
  byPart.set(part, pack)
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
