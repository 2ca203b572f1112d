// The build marks the files that run whole for V8's eager compile: with the hint on their very first line, and only those.
import { describe, expect, it } from 'vitest'

import { SHARED } from '../../../scripts/lib/vite/chunks'
import { COMPILE_HINT, compileHintsPlugin, runsWhole } from '../../../scripts/lib/vite/compile-hints'

const chunk = (name: string, moduleIds: string[], code = 'export const x = 1\n') => ({
  type: 'chunk' as const,
  name,
  moduleIds,
  code,
  map: { mappings: 'AAAA;AACA' } as { mappings: string } | null,
})

/** Runs the plugin's bundle step as the browser build (`ssr` false) or the server's would. */
function generate(bundle: Record<string, ReturnType<typeof chunk>>, ssr = false) {
  const plugin = compileHintsPlugin(SHARED)
  const hook = plugin.generateBundle as { handler: (this: unknown, options: unknown, b: unknown) => void }
  hook.handler.call({ environment: { config: { build: { ssr } } } }, {}, bundle)
  return bundle
}

describe('compile hints', () => {
  it('mark Vue, the libraries, the start, what pages share, each page and the database library', () => {
    expect(runsWhole(chunk('vue', ['/x/node_modules/@vue/runtime-core/index.js']), SHARED)).toBe(true)
    expect(runsWhole(chunk('start', ['/x/src/start.ts']), SHARED)).toBe(true)
    expect(runsWhole(chunk('ResultPage', ['/x/src/pages/ResultPage.vue', '/x/src/a.ts']), SHARED)).toBe(true)
    expect(runsWhole(chunk('import-wrapper', ['/x/node_modules/dexie/import-wrapper.mjs']), SHARED)).toBe(true)
  })

  it('leave alone what loads later and runs in part: search, the QR library, a language’s words', () => {
    expect(runsWhole(chunk('SearchForm', ['/x/src/components/search/SearchForm.vue']), SHARED)).toBe(false)
    expect(runsWhole(chunk('browser', ['/x/node_modules/qrcode/lib/browser.js']), SHARED)).toBe(false)
    expect(runsWhole(chunk('en', ['/x/locales/en.json']), SHARED)).toBe(false)
    // A chunk named like a page but not holding it.
    expect(runsWhole(chunk('ResultPage', ['/x/src/components/ResultPage.ts']), SHARED)).toBe(false)
  })

  it('put the hint on the first line, above Vite’s own first line, once, and move the source map down a line', () => {
    const bundle = generate({
      'start.js': chunk('start', ['/x/src/start.ts'], 'const __vite__mapDeps=1;\nexport {}\n'),
      'en.js': chunk('en', ['/x/locales/en.json']),
    })
    expect(bundle['start.js']?.code).toBe(`${COMPILE_HINT}const __vite__mapDeps=1;\nexport {}\n`)
    expect(bundle['start.js']?.map?.mappings).toBe(';AAAA;AACA')
    expect(bundle['en.js']?.code).toBe('export const x = 1\n')
    generate(bundle)
    expect(bundle['start.js']?.code.split(COMPILE_HINT)).toHaveLength(2)
  })

  it('leave the server’s build alone', () => {
    const bundle = generate({ 'start.js': chunk('start', ['/x/src/start.ts']) }, true)
    expect(bundle['start.js']?.code).toBe('export const x = 1\n')
  })
})
