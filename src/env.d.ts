/// <reference types="vite/client" />
declare module 'virtual:catalog' {
  import type { Catalog } from '@/catalog/schema'
  const catalog: Catalog
  export default catalog
}
declare module 'virtual:catalog/pack/*' {
  const pack: (string | null)[]
  export default pack
}
declare module 'virtual:catalog/core' {
  import type { Catalog, Question } from '@/catalog/schema'
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
declare module 'virtual:catalog/questions' {
  import type { Localized, Question } from '@/catalog/schema'
  /** The questions with their words, and what "the date" means for each life event. */
  const part: { questions: Question[]; dateLabels: Record<string, Localized> }
  export default part
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
