import type { App } from 'vue'
import { createI18n } from 'vue-i18n'
import ja from '../../locales/ja.json'
import { LOCALES, SOURCE_LOCALE, localeInfo } from '../i18n/registry'

export type MessageSchema = typeof ja

export const i18n = createI18n<[MessageSchema], string, false>({
  legacy: false,
  locale: SOURCE_LOCALE,
  fallbackLocale: SOURCE_LOCALE,
  messages: { ja },
  missingWarn: false,
  fallbackWarn: false,
})

// Every other language is its own chunk, fetched when chosen (and precached for offline use).
const loaders = import.meta.glob<{ default: MessageSchema }>(['../../locales/*.json', '!../../locales/ja.json'])
const STORAGE_KEY = 'navi.locale'

export async function setLocale(code: string): Promise<void> {
  const info = localeInfo(code)
  if (!i18n.global.availableLocales.includes(info.code)) {
    const load = loaders[`../../locales/${info.code}.json`]
    if (!load) return
    i18n.global.setLocaleMessage(info.code, (await load()).default)
  }
  i18n.global.locale.value = info.code
  document.documentElement.lang = info.tag
  try { localStorage.setItem(STORAGE_KEY, info.code) } catch { /* private mode: the choice lasts this visit */ }
}

export function savedLocale(): string | null {
  try {
    const code = localStorage.getItem(STORAGE_KEY)
    return code && LOCALES.some((l) => l.code === code) ? code : null
  } catch {
    return null
  }
}

export function install(app: App) {
  app.use(i18n)
  const saved = savedLocale()
  if (saved && saved !== SOURCE_LOCALE) void setLocale(saved)
}
