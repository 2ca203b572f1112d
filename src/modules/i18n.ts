import type { App } from 'vue'
import { createI18n } from 'vue-i18n'
import ja from '../../locales/ja.json'

export type MessageSchema = typeof ja

export const i18n = createI18n<[MessageSchema], 'ja'>({
  legacy: false,
  locale: 'ja',
  fallbackLocale: 'ja',
  messages: { ja },
})

export function install(app: App) {
  app.use(i18n)
}
