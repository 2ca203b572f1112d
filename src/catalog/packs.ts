// Catalog text by language. The bundle carries the catalog with its Japanese only, and each other
// language as a "pack": its strings in the order the texts are met, so a phone downloads one
// language's words, not three. Pure: used by the build (split) and the app (apply).
export type Text = Record<string, unknown> & { ja: string }
export type Pack = (string | null)[]

const TEXT_KEYS = new Set(['ja', 'ja-easy', 'en'])

function isText(x: unknown): x is Text {
  return typeof x === 'object' && x !== null && !Array.isArray(x)
    && typeof (x as { ja?: unknown }).ja === 'string' && Object.keys(x).every((k) => TEXT_KEYS.has(k))
}

/** Every localized text inside a value, in a fixed depth-first order. */
export function texts(value: unknown, out: Text[] = []): Text[] {
  if (isText(value)) out.push(value)
  else if (Array.isArray(value)) for (const item of value) texts(item, out)
  else if (typeof value === 'object' && value !== null) for (const item of Object.values(value)) texts(item, out)
  return out
}

/** A copy holding only Japanese, and a pack per other language. */
export function splitLanguages<T>(catalog: T, languages: readonly string[]): { base: T; packs: Record<string, Pack> } {
  const base = structuredClone(catalog)
  const nodes = texts(base)
  const packs = Object.fromEntries(languages.map((lang) => [lang, nodes.map((n) => (typeof n[lang] === 'string' ? n[lang] as string : null))]))
  for (const node of nodes) for (const lang of languages) delete node[lang]
  return { base, packs }
}

/** Puts a language's strings back into the catalog (the same texts, met in the same order). */
export function applyPack(catalog: unknown, language: string, pack: Pack): void {
  const nodes = texts(catalog)
  if (nodes.length !== pack.length) throw new Error(`the ${language} pack does not fit this catalog`)
  nodes.forEach((node, i) => {
    const value = pack[i]
    if (value) node[language] = value
  })
}
