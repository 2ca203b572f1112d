// What turns the app's sources into modules, for the browser build and the prerender's server build
// alike: Vue single-file components, precompiled messages, the catalog, the first screen's words.
import { fileURLToPath, URL } from 'node:url'

import VueI18nPlugin from '@intlify/unplugin-vue-i18n/vite'
import vue from '@vitejs/plugin-vue'
import type { PluginOption } from 'vite'

import { catalogPlugin } from './catalog'
import { firstMessagesPlugin } from './first-messages'
import { messagesPlugin } from './messages'

export function appPlugins(): PluginOption[] {
  return [
    firstMessagesPlugin(),
    vue(),
    VueI18nPlugin({
      include: [fileURLToPath(new URL('../../../locales/*.json', import.meta.url))],
      runtimeOnly: true,
      compositionOnly: true,
      fullInstall: false,
      strictMessage: false,
    }),
    messagesPlugin(),
    catalogPlugin(),
  ]
}
