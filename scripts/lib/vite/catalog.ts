import type { Plugin } from 'vite'
import { loadCatalog, CATALOG_DIR } from '../catalog-files'
import { formatError } from '../../../src/catalog/validate'
import type { Catalog } from '../../../src/catalog/schema'
import { splitLanguages } from '../../../src/catalog/packs'

/** Catalog languages other than Japanese, each shipped as its own pack (src/catalog/packs.ts). */
const PACKS = ['ja-easy', 'en'] as const

/**
 * Compiles the catalog's data files into the bundle. A broken catalog fails the build, naming the
 * file and the path of every problem. `virtual:catalog/core` holds only what the first screens need.
 */
export function catalogPlugin(): Plugin {
  // core: what the first screen needs (events, and the questions' structure without their words);
  // questions: the questions with their words, for the question pages; the bare id: everything.
  // Read, validated and split once per build (or per catalog edit in dev), whatever the number of parts.
  let loaded: { catalog: Catalog; split: ReturnType<typeof splitLanguages<Catalog>> } | undefined
  const parts = {
    'virtual:catalog': () => loaded!.split.base,
    'virtual:catalog/pack/ja-easy': () => loaded!.split.packs['ja-easy'],
    'virtual:catalog/pack/en': () => loaded!.split.packs.en,
    'virtual:catalog/core': (c: Catalog) => ({
      events: c.events.map(({ id, title, summary }) => ({ id, title, summary })),
      questions: c.questions.map(({ id, kind, askedFor, when, perEvent, later, none, options }) => ({
        id, kind, askedFor, when, perEvent, later, none: none ? true : undefined,
        options: options?.map((o) => ({ value: o.value, requires: o.requires })),
      })),
    }),
    'virtual:catalog/questions': (c: Catalog) => ({
      questions: c.questions,
      dateLabels: Object.fromEntries(c.events.flatMap((e) => (e.dateLabel ? [[e.id, e.dateLabel]] : []))),
    }),
  } as const
  type Part = keyof typeof parts
  return {
    name: 'kita-catalog',
    buildStart() { loaded = undefined },
    watchChange(id) { if (id.startsWith(CATALOG_DIR)) loaded = undefined },
    resolveId(id) {
      return id in parts ? `\0${id}` : undefined
    },
    load(id) {
      const part = id.startsWith('\0') ? (id.slice(1) as Part) : undefined
      if (!part || !(part in parts)) return undefined
      this.addWatchFile(CATALOG_DIR)
      if (!loaded) {
        const { catalog, errors } = loadCatalog()
        if (!catalog) this.error(`The catalog is broken:\n${errors.map((e) => `  - ${formatError(e)}`).join('\n')}`)
        loaded = { catalog, split: splitLanguages(catalog, PACKS) }
      }
      const data = parts[part](loaded.catalog)
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(data))})`
    },
  }
}

