import { readFileSync } from 'node:fs'
import { fileURLToPath, URL } from 'node:url'

import type { Plugin } from 'vite'

/**
 * The first screen's Japanese messages as their own file (locales/ja.first.json, made here from
 * ja.json): the entry carries only these; the rest of ja.json arrives with the next screen.
 */
const FIRST_SCREEN_KEYS = ['app', 'nav', 'home', 'reading', 'search.label', 'search.button', 'update']
export function firstMessagesPlugin(): Plugin {
  const source = fileURLToPath(new URL('../../../locales/ja.json', import.meta.url))
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
