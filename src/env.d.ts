/// <reference types="vite/client" />
declare module 'virtual:catalog' {
  import type { Catalog } from '@/catalog/schema'
  const catalog: Catalog
  export default catalog
}
declare module 'virtual:catalog/core' {
  import type { Catalog } from '@/catalog/schema'
  const core: Pick<Catalog, 'events' | 'questions'>
  export default core
}
declare module '*.vue' {
  import type { DefineComponent } from 'vue'
  const component: DefineComponent<object, object, unknown>
  export default component
}

/** Fingerprints of this build (scripts/lib/versions.ts). */
declare const __APP_VERSION__: { content: string; code: string }
