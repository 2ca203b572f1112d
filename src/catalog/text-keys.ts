// Every catalog text has a key made of the ids on its path (procedures.tennyu.triggers.move-in.due.text),
// so a translation stays attached to its text when files are reordered or split, and a changed
// Japanese source can be told from a translated one by its hash. Pure: used by the build, the tools
// and the app.
import { CATALOG_INLINE_LANGUAGES } from '../i18n/registry'

/** A text as the catalog writes it: Japanese, and optionally やさしい日本語 and English beside it. */
export type TextNode = { ja: string } & Record<string, unknown>

const INLINE = new Set(CATALOG_INLINE_LANGUAGES)

export function isTextNode(x: unknown): x is TextNode {
  return (
    typeof x === 'object' &&
    x !== null &&
    !Array.isArray(x) &&
    typeof (x as { ja?: unknown }).ja === 'string' &&
    Object.keys(x).every((k) => INLINE.has(k))
  )
}

/** What names an item of a list in a key: its id, else the event or value it is for, else its place. */
function itemName(item: unknown, index: number): string {
  if (typeof item === 'object' && item !== null) {
    const o = item as Record<string, unknown>
    for (const field of ['id', 'event', 'value', 'kind']) if (typeof o[field] === 'string') return o[field]
  }
  return String(index)
}

/** Calls `visit` with the key of every text inside `value`, depth first, in the order they are written. */
export function walkTexts(value: unknown, prefix: string, visit: (key: string, node: TextNode) => void): void {
  if (isTextNode(value)) {
    visit(prefix, value)
    return
  }
  if (Array.isArray(value)) {
    const used = new Set<string>()
    value.forEach((item, i) => {
      // Two items with the same name (two triggers for one event) are told apart by place.
      let name = itemName(item, i)
      if (used.has(name)) name = `${name}~${i}`
      used.add(name)
      walkTexts(item, `${prefix}.${name}`, visit)
    })
    return
  }
  if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) walkTexts(v, prefix ? `${prefix}.${k}` : k, visit)
  }
}

/** Every text of a catalog (or of a part of one) with its key. */
export function catalogTexts(value: unknown, prefix = ''): { key: string; node: TextNode }[] {
  const out: { key: string; node: TextNode }[] = []
  walkTexts(value, prefix, (key, node) => out.push({ key, node }))
  return out
}

/** Every text of a value, in the order a walk meets them (the order language packs follow). */
export function textsOf(value: unknown): TextNode[] {
  const out: TextNode[] = []
  walkTexts(value, '', (_key, node) => out.push(node))
  return out
}

/** A short, stable fingerprint of a source text (FNV-1a, 32 bits, hex): it changes when the text does. */
export function textHash(text: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return (h >>> 0).toString(16).padStart(8, '0')
}
