import { defineConfig, type Plugin } from 'vite'
import vue from '@vitejs/plugin-vue'
import VueI18nPlugin from '@intlify/unplugin-vue-i18n/vite'
import { VitePWA } from 'vite-plugin-pwa'
import { fileURLToPath, URL } from 'node:url'
import { readFileSync } from 'node:fs'
import { loadCatalog, CATALOG_DIR } from './scripts/lib/catalog-files'
import { formatError } from './src/catalog/validate'
import type { Catalog } from './src/catalog/schema'
import { splitLanguages } from './src/catalog/packs'

/** Catalog languages other than Japanese, each shipped as its own pack (src/catalog/packs.ts). */
const PACKS = ['ja-easy', 'en'] as const
import { buildVersions } from './scripts/lib/versions'
import { manifest } from './scripts/lib/manifest'
import { contentSecurityPolicy } from './server/security'
import { precompressPlugin } from './scripts/lib/precompress'

const versions = buildVersions()

/**
 * The first screen's Japanese messages as their own file (locales/ja.first.json, made here from
 * ja.json): the entry carries only these; the rest of ja.json arrives with the next screen.
 */
const FIRST_SCREEN_KEYS = ['app', 'nav', 'home', 'search.label', 'search.button', 'update']
function firstMessagesPlugin(): Plugin {
  const source = fileURLToPath(new URL('./locales/ja.json', import.meta.url))
  const target = source.replace(/ja\.json$/, 'ja.first.json')
  return {
    name: 'kita-first-messages',
    enforce: 'pre',
    resolveId: (id, importer) => (id.endsWith('/ja.first.json') && importer ? target : undefined),
    load(id) {
      if (id !== target) return undefined
      this.addWatchFile(source)
      const all = JSON.parse(readFileSync(source, 'utf8')) as Record<string, Record<string, unknown>>
      const first: Record<string, Record<string, unknown>> = {}
      for (const path of FIRST_SCREEN_KEYS) {
        const [group = '', key] = path.split('.')
        if (!(group in all)) continue
        first[group] = key ? { ...first[group], [key]: all[group]?.[key] } : (all[group] as Record<string, unknown>)
      }
      return JSON.stringify(first)
    },
  }
}

/** The server's policy as a meta tag too, for static hosts that send no headers (frame-ancestors needs a header). */
function cspMetaPlugin(): Plugin {
  const feed = process.env.VITE_WAITS_URL ? new URL(process.env.VITE_WAITS_URL).origin : undefined
  const policy = contentSecurityPolicy(feed).split('; ').filter((d) => !d.startsWith('frame-ancestors')).join('; ')
  return {
    name: 'kita-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' }],
  }
}

/** version.json lets a running app tell a content update from a code update before it reloads. */
function versionPlugin(): Plugin {
  return {
    name: 'kita-version',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'version.json', source: JSON.stringify(versions) })
    },
  }
}

/**
 * Compiles the catalog's data files into the bundle. A broken catalog fails the build, naming the
 * file and the path of every problem. `virtual:catalog/core` holds only what the first screens need.
 */
function catalogPlugin(): Plugin {
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

export default defineConfig({
  plugins: [
    firstMessagesPlugin(),
    vue(),
    VueI18nPlugin({
      include: [fileURLToPath(new URL('./locales/*.json', import.meta.url))],
      runtimeOnly: true,
      compositionOnly: true,
      fullInstall: false,
      strictMessage: false,
    }),
    catalogPlugin(),
    versionPlugin(),
    cspMetaPlugin(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest,
      includeAssets: ['favicon.svg', 'apple-touch-icon.png'],
      workbox: {
        // The whole app — every route's chunk, the catalog and every locale — is precached, and every
        // navigation is answered from the precached shell, so no route ever shows an offline page.
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        globIgnores: ['version.json'],
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//],
        cleanupOutdatedCaches: true,
        clientsClaim: false,
        skipWaiting: false,
      },
    }),
    precompressPlugin(),
  ],
  define: {
    __APP_VERSION__: JSON.stringify(versions),
  },
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: { target: 'es2022', cssCodeSplit: true },
})
