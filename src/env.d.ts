/// <reference types="vite/client" />
interface ImportMetaEnv {
  /** Where the waits feed is fetched from (default /api/waits.json); scripts/lib/vite/csp-meta.ts allows its origin. */
  readonly VITE_WAITS_URL?: string
}
declare module 'virtual:catalog/part/core' {
  type Catalog = import('./catalog/schema').Catalog
  type Question = import('./catalog/schema').Question
  /** The first screen's part: events, and the questions without their words. */
  const core: {
    events: Pick<Catalog['events'][number], 'id' | 'title' | 'summary'>[]
    questions: (Pick<Question, 'id' | 'kind' | 'askedFor' | 'when' | 'perEvent' | 'later'> & {
      none?: true
      options?: { value: string; requires?: Question['when'] }[]
    })[]
  }
  export default core
}
declare module 'virtual:catalog/part/questions' {
  type Localized = import('./catalog/schema').Localized
  type Question = import('./catalog/schema').Question
  /** The questions with their words, and what "the date" means for each life event. */
  const part: { questions: Question[]; dateLabels: Record<string, Localized> }
  export default part
}
declare module 'virtual:catalog/part/base' {
  type Catalog = import('./catalog/schema').Catalog
  /** Everything but the procedures and the questions. */
  const part: Pick<Catalog, 'events' | 'offices' | 'documents' | 'services' | 'holidays'>
  export default part
}
declare module 'virtual:catalog/loaders' {
  /** The procedures' parts (procedures/<event>, procedures/shared): where each is fetched from. */
  export const parts: Record<string, string>
  /** Language → part → where its strings for that part are fetched from. */
  export const packs: Record<string, Record<string, string>>
  export const eventParts: Record<string, string[]>
  export const procedurePart: Record<string, string>
}
declare module 'virtual:catalog/status' {
  /** Per language: the share of catalog texts it shows in its own words, and the share reviewed. */
  const status: Record<string, { catalog: number; reviewed: number }>
  export default status
}
declare module '*.vue' {
  import type { DefineComponent } from 'vue'
  const component: DefineComponent<object, object, unknown>
  export default component
}

/** Fingerprints of this build (scripts/lib/versions.ts). */
declare const __APP_VERSION__: { content: string; code: string }

/** The first screen's messages, cut from locales/ja.json at build time (vite.config.ts). */
declare module '*/ja.first.json' {
  const messages: Record<string, unknown>
  export default messages
}
declare module 'virtual:catalog/part/titles' {
  type Localized = import('./catalog/schema').Localized
  /** The names of everything search finds, in the order of the search part's lists. */
  const part: { procedures: Localized[]; events: Localized[]; offices: Localized[]; documents: Localized[] }
  export default part
}
declare module 'virtual:catalog/part/search' {
  type Localized = import('./catalog/schema').Localized
  /** What search reads besides the names. */
  const part: {
    procedures: { id: string; owner: Localized; triggers: { event: string }[]; after?: string[] }[]
    events: { id: string }[]
    offices: { id: string; address: string; counters: { id: string; name: Localized }[] }[]
    documents: { id: string; issuer?: Localized; usedBy?: string }[]
  }
  export default part
}
