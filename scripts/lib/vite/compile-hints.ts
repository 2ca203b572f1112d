import { basename } from 'node:path'

import type { Plugin } from 'vite'

/**
 * V8's explicit compile hint (Chrome 136+): every function of a file so marked is compiled as the file arrives,
 * on a background thread, instead of on the main thread the first time it is called. Nearly every function of
 * Vue, the libraries and the app's start runs in the tasks that take a page over at the first touch, and of a
 * page's file when the page opens; compiled lazily, they were a third of the main thread's work there on a slow
 * phone (decision 0023). Other browsers read it as a comment.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n'

/** The files that run whole: Vue, the libraries, the app's start, what pages share, and each page's own file. */
export function runsWhole(chunk: { name: string; moduleIds: readonly string[] }, shared: readonly string[]): boolean {
  return (
    shared.includes(chunk.name) ||
    chunk.name === 'rolldown-runtime' ||
    chunk.moduleIds.some((id) => id.includes('/node_modules/dexie/')) ||
    chunk.moduleIds.some((id) => /\/src\/pages\/[^/]+\.vue$/.test(id) && basename(id, '.vue') === chunk.name)
  )
}

export function compileHintsPlugin(shared: readonly string[]): Plugin {
  return {
    name: 'kita-compile-hints',
    apply: 'build',
    enforce: 'post',
    // After Vite's own changes to the files (it puts the map of a file's preloads on its first line): the hint must
    // be the first line.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        if (this.environment.config.build.ssr) return
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk' || !runsWhole(chunk, shared) || chunk.code.startsWith(COMPILE_HINT)) continue
          chunk.code = COMPILE_HINT + chunk.code
          // One line more at the top: every mapping moves down a line.
          if (chunk.map) chunk.map.mappings = `;${chunk.map.mappings}`
        }
      },
    },
  }
}
