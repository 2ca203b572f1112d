import { defineConfig } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'

import { manifest } from './scripts/lib/manifest'
import { precompressPlugin } from './scripts/lib/precompress'
import { buildVersions } from './scripts/lib/versions'
import { appPlugins } from './scripts/lib/vite/app-plugins'
import { codeSplitting, SHARED } from './scripts/lib/vite/chunks'
import { compileHintsPlugin } from './scripts/lib/vite/compile-hints'
import { cspMetaPlugin } from './scripts/lib/vite/csp-meta'
import { prerenderPlugin } from './scripts/lib/vite/prerender'
import { versionPlugin } from './scripts/lib/vite/version'
import { MESSAGES_CACHE, MESSAGES_DIR } from './src/modules/caches'

const versions = buildVersions()
// A build made only to be thrown away — the offline test's "next version" — skips the prerendered pages (all
// but the empty shell) and the compressed copies: the shell and the plain files serve the same app, in half the time.
const quick = process.env.NAVI_QUICK_BUILD === '1'

export default defineConfig(({ isSsrBuild }) => ({
  plugins: [
    ...appPlugins(),
    versionPlugin(versions),
    cspMetaPlugin(),
    // The files that run whole are compiled as they arrive, off the main thread (decision 0023).
    compileHintsPlugin(SHARED),
    // The home page and each question's page as HTML, rendered with the app's own components.
    prerenderPlugin({ pages: !quick }),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest,
      includeAssets: ['favicon.svg', 'apple-touch-icon.png'],
      workbox: {
        // The whole app — every route's chunk, the catalog in every language — is precached; the screen messages of
        // the languages other than Japanese are not: the one a reader loads is kept in MESSAGES_CACHE (decision 0021).
        // A navigation gets its prerendered page when there is one (the query string is not part of the page), else
        // the empty shell, so no route ever shows an offline page. The catalog's data files as their gzip (unzipped by
        // the app); the question pages' prerendered HTML is left to the network, since offline the shell draws them.
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}', 'assets/catalog/*.jgz'],
        globIgnores: ['version.json', 'q/**', '.ssr/**', `${MESSAGES_DIR}/**`],
        ignoreURLParametersMatching: [/./],
        runtimeCaching: [
          {
            urlPattern: new RegExp(`/${MESSAGES_DIR}/`),
            handler: 'CacheFirst',
            options: { cacheName: MESSAGES_CACHE },
          },
        ],
        navigateFallback: '/shell.html',
        navigateFallbackDenylist: [/^\/api\//],
        cleanupOutdatedCaches: true,
        clientsClaim: false,
        skipWaiting: false,
      },
    }),
    ...(quick ? [] : [precompressPlugin()]),
  ],
  define: {
    __APP_VERSION__: JSON.stringify(versions),
  },
  // One stylesheet for every page: a prerendered page is styled before any script runs, and no later
  // chunk can reflow a page by bringing its own styles (all of it is about 7 KB gzipped).
  // The QR drawer's worker (src/qr/qr.worker.ts) is a module like the rest of the app.
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    cssCodeSplit: false,
    // The libraries and the app's start each in one file (scripts/lib/vite/chunks.ts); the server's build is one file anyway.
    rolldownOptions: isSsrBuild ? {} : { output: { codeSplitting: codeSplitting(import.meta.dirname) } },
  },
}))
