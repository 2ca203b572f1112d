// Prerenders the built app (run by the build, after the browser bundle): builds the app for Node,
// renders the home page and each question's page with the components the browser will hydrate, and
// writes them beside index.html, with the empty shell for every other address.
// usage: node --import tsx scripts/prerender.ts <outDir> [mode] [--shell-only]
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

import { build, type Plugin } from 'vite'

import type { Rendered } from '../src/entry-server'
import { LOCALES } from '../src/i18n/registry'
import { ROOT } from './lib/catalog-files'
import { buildVersions } from './lib/versions'
import { appPlugins } from './lib/vite/app-plugins'
import { alternateLinks, fileOf, fill, prerenderedPaths, shellPage, siteOrigin } from './lib/vite/prerender'

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
// Addresses with no page of their own (a result, a saved plan) start from the empty shell.
const { app } = JSON.parse(readFileSync(join(ROOT, 'locales', 'ja.json'), 'utf8')) as {
  app: { name: string; home: string }
}
writeFileSync(join(outDir, 'shell.html'), shellPage(shell, app))
if (only !== '--shell-only') await prerenderPages()

async function prerenderPages() {
  // Inside the project, so that the server build finds vue and the rest in node_modules.
  mkdirSync(join(ROOT, 'node_modules', '.cache'), { recursive: true })
  const serverOut = mkdtempSync(join(ROOT, 'node_modules', '.cache', 'kita-prerender-'))
  try {
    await build({
      configFile: false,
      root: ROOT,
      mode,
      logLevel: 'warn',
      plugins: [...appPlugins(), serviceWorkerAbsent()],
      define: { __APP_VERSION__: JSON.stringify(buildVersions()) },
      build: { ssr: resolve(ROOT, 'src/entry-server.ts'), outDir: serverOut, emptyOutDir: true, target: 'node20' },
    })
    const { render } = (await import(pathToFileURL(join(serverOut, 'entry-server.js')).href)) as {
      render: (url: string) => Promise<Rendered>
    }
    const origin = siteOrigin(process.env.VITE_SITE_ORIGIN)
    for (const path of prerenderedPaths()) {
      const file = join(outDir, fileOf(path))
      mkdirSync(dirname(file), { recursive: true })
      writeFileSync(file, fill(shell, path, await render(path), alternateLinks(path, LOCALES, origin)))
    }
  } finally {
    rmSync(serverOut, { recursive: true, force: true })
  }
}
