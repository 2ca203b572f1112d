import type { Plugin } from 'vite'

import { MESSAGES_DIR } from '../../../src/modules/caches'

/** The language of a locale file other than the Japanese (whose messages every language falls back to). */
function otherLanguage(id: string): string | undefined {
  const code = /\/locales\/([\w-]+)\.json$/.exec(id)?.[1]
  return code && code !== 'ja' ? code : undefined
}

/**
 * Each other language's screen messages as assets/messages/<code>.<hash>.js, a chunk that knows its own address
 * (`export const url`): the service worker does not precache them — nine languages a reader will mostly never
 * open would be a fifth of the precache — and the app keeps the reader's own for offline use when it loads it
 * (src/modules/offline-messages.ts; decision 0021).
 */
export function messagesPlugin(): Plugin {
  return {
    name: 'kita-messages',
    enforce: 'post',
    config: () => ({
      build: {
        rolldownOptions: {
          output: {
            chunkFileNames: (chunk) => {
              const code = chunk.facadeModuleId ? otherLanguage(chunk.facadeModuleId) : undefined
              return code ? `${MESSAGES_DIR}/${code}.[hash].js` : 'assets/[name]-[hash].js'
            },
          },
        },
      },
    }),
    transform(code, id) {
      if (!otherLanguage(id)) return undefined
      return { code: `${code}\nexport const url = import.meta.url\n`, map: null }
    },
  }
}
