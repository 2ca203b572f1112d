// Prerenders the built app (run by the build, after the browser bundle): builds the app for Node,
// renders the home page and each question's page with the components the browser will hydrate, and
// writes them beside index.html, with the empty shell for every other address.
// usage: node --import tsx scripts/prerender.ts <outDir> [mode] [--shell-only]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

import { build, type Plugin } from 'vite'

import { fill } from '../server/page-html'
import { SERVER_DIR } from '../server/render'
import type { Rendered } from '../src/entry-server'
import { LOCALES } from '../src/i18n/registry'
import { ROOT } from './lib/catalog-files'
import { buildVersions } from './lib/versions'
import { appPlugins } from './lib/vite/app-plugins'
import { alternateLinks, fileOf, prerenderedPaths, shellPage, siteOrigin } from './lib/vite/prerender'

/**
 * The service worker's module exists only in the browser build; the update prompt that imports it is
 * never rendered on the server (App.vue shows it once mounted), so there it resolves to nothing.
 */
function serviceWorkerAbsent(): Plugin {
  const id = 'virtual:pwa-register/vue'
  return {
    name: 'kita-prerender-no-service-worker',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load: (source) =>
      source === `\0${id}`
        ? 'export function useRegisterSW() { throw new Error("no service worker on the server") }'
        : undefined,
  }
}

const [outDir = resolve(ROOT, 'dist'), mode = 'production', only] = process.argv.slice(2)
const shell = readFileSync(join(outDir, 'index.html'), 'utf8')
// Addresses with no page of their own (a procedure, a saved plan) start from the empty shell.
const { app } = JSON.parse(readFileSync(join(ROOT, 'locales', 'ja.json'), 'utf8')) as {
  app: { name: string; home: string }
}
writeFileSync(join(outDir, 'shell.html'), shellPage(shell, app))
if (only !== '--shell-only') await prerenderPages()

/**
 * The app built for Node stays beside the browser's, in dist/.ssr/ (never served, never precached): the
 * server draws each result with it (server/render.ts), into the shell kept there as template.html.
 */
async function prerenderPages() {
  const serverOut = join(outDir, SERVER_DIR)
  await build({
    configFile: false,
    root: ROOT,
    mode,
    logLevel: 'warn',
    plugins: [...appPlugins(), serviceWorkerAbsent()],
    define: { __APP_VERSION__: JSON.stringify(buildVersions()) },
    build: {
      ssr: resolve(ROOT, 'src/entry-server.ts'),
      outDir: serverOut,
      emptyOutDir: true,
      target: 'node20',
      // The icons and boot.js are the browser build's business.
      copyPublicDir: false,
    },
  })
  // ES modules wherever the built app is copied to.
  writeFileSync(join(serverOut, 'package.json'), '{ "type": "module" }\n')
  writeFileSync(join(serverOut, 'template.html'), shell)
  const { render } = (await import(pathToFileURL(join(serverOut, 'entry-server.js')).href)) as {
    render: (url: string) => Promise<Rendered>
  }
  const origin = siteOrigin(process.env.VITE_SITE_ORIGIN)
  for (const path of prerenderedPaths()) {
    const file = join(outDir, fileOf(path))
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(
      file,
      fill(shell, await render(path), { address: path, alternates: alternateLinks(path, LOCALES, origin) }),
    )
  }
}
