// What turns the app's sources into modules, for the browser build and the prerender's server build
// alike: Vue single-file components, precompiled messages, the catalog, the first screen's words.
import type { PluginOption } from 'vite'
import vue from '@vitejs/plugin-vue'
import VueI18nPlugin from '@intlify/unplugin-vue-i18n/vite'
import { fileURLToPath, URL } from 'node:url'
import { firstMessagesPlugin } from './first-messages'
import { catalogPlugin } from './catalog'

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
    catalogPlugin(),
  ]
}
