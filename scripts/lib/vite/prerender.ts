// After the browser build: build the app once more for Node, render the home page and each question's
// page with the very components the browser hydrates, and write them beside index.html. The first
// screen then paints from HTML, before any script has arrived; with JavaScript off it still reads.
import { spawnSync } from 'node:child_process'
import { resolve } from 'node:path'

import type { Plugin } from 'vite'

import { escapeHtml } from '../../../server/page-html'
import { loadCatalog } from '../catalog-files'

/** The addresses rendered: home, each question asked on a page, and each event's own date page. */
export function prerenderedPaths(): string[] {
  const { catalog } = loadCatalog()
  if (!catalog) return ['/']
  const questions = catalog.questions.filter((q) => q.kind !== 'events' && !q.later)
  const dated = catalog.questions.find((q) => q.perEvent)?.askedFor ?? []
  return ['/', ...questions.map((q) => `/q/${q.id}`), ...dated.map((e) => `/q/date.${e}`)]
}

/** Where a path's page is written: / → index.html, /q/date → q/date.html. */
export function fileOf(path: string): string {
  return path === '/' ? 'index.html' : `${path.slice(1)}.html`
}

/**
 * The shell for addresses with no page of their own (a result, a procedure, an office): without
 * JavaScript it would show the explanation line and nothing else, so it carries the app's name as a
 * heading and a link to the start page, which reads without script. The app replaces it on start;
 * with script on, boot.js marks the page so that it is never painted (main.css).
 */
export function shellPage(shell: string, words: { name: string; home: string }): string {
  return shell.replace(
    '<div id="app"></div>',
    `<div id="app"><div class="shell-page"><h1>${escapeHtml(words.name)}</h1><p><a href="/">${escapeHtml(words.home)}</a></p></div></div>`,
  )
}

/**
 * A language's hreflang: its BCP 47 tag (the lang attribute the app sets); a language that shares its
 * tag with another is told apart by a private-use subtag (やさしい日本語, lang="ja", is ja-x-easy).
 */
export function hreflang({ code, tag }: { code: string; tag: string }): string {
  return code !== tag && code.startsWith(`${tag}-`) ? `${tag}-x-${code.slice(tag.length + 1)}` : tag
}

/**
 * The page in each language (`?lang=<code>`, as the app's links write it) and x-default, the bare
 * address, where the app picks the reader's kept language or Japanese. Absolute where the build knows
 * the site's origin (VITE_SITE_ORIGIN), else root-relative.
 */
export function alternateLinks(path: string, languages: readonly { code: string; tag: string }[], origin = ''): string {
  const href = (code?: string) => escapeHtml(`${origin}${path}${code ? `?lang=${encodeURIComponent(code)}` : ''}`)
  return [
    ...languages.map((l) => `<link rel="alternate" hreflang="${hreflang(l)}" href="${href(l.code)}">`),
    `<link rel="alternate" hreflang="x-default" href="${href()}">`,
  ].join('\n    ')
}

/** The build setting VITE_SITE_ORIGIN as an origin ("https://example.jp"), or '' when unset. */
export function siteOrigin(setting: string | undefined): string {
  if (!setting) return ''
  try {
    return new URL(setting).origin
  } catch {
    throw new Error(`VITE_SITE_ORIGIN is not an address: ${setting}`)
  }
}

export function prerenderPlugin({ pages = true }: { pages?: boolean } = {}): Plugin {
  let outDir = ''
  let mode = 'production'
  return {
    name: 'kita-prerender',
    apply: 'build',
    configResolved(config) {
      mode = config.mode
      outDir = resolve(config.root, config.build.outDir)
    },
    closeBundle: {
      // Before the service worker is made, so that it precaches the pages too. In a process of its
      // own: the server build and the render must not share this build's module loader.
      sequential: true,
      order: 'pre',
      handler() {
        const script = resolve(import.meta.dirname, '../../prerender.ts')
        const args = ['--import', 'tsx', script, outDir, mode, ...(pages ? [] : ['--shell-only'])]
        const run = spawnSync(process.execPath, args, { stdio: 'inherit' })
        if (run.status !== 0) throw new Error(`prerendering failed (exit ${run.status})`)
      },
    },
  }
}
