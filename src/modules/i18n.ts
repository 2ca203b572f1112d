import type { App } from 'vue'
import { createI18n } from 'vue-i18n'
import type { Router } from 'vue-router'

import first from '../../locales/ja.first.json'
import type ja from '../../locales/ja.json'
import { localeInfo, LOCALES, SOURCE_LOCALE } from '../i18n/registry'
import { kiosk } from '../kiosk/mode'

export type MessageSchema = typeof ja

// The entry holds only the first screen's Japanese (ja.first.json is cut from ja.json at build time);
// the rest of ja.json, the fallback of every language, is fetched before any other screen is shown.
export const i18n = createI18n<[MessageSchema], string, false>({
  legacy: false,
  locale: SOURCE_LOCALE,
  fallbackLocale: SOURCE_LOCALE,
  messages: { ja: first as unknown as MessageSchema },
  missingWarn: false,
  fallbackWarn: false,
  // A first-screen string not in ja.first.json: fetch the rest, and the screen re-renders with it.
  missing: () => {
    void loadAllJapanese()
  },
})

let allJapanese: Promise<void> | undefined
export function loadAllJapanese(): Promise<void> {
  allJapanese ??= import('../../locales/ja.json').then((m) => i18n.global.setLocaleMessage(SOURCE_LOCALE, m.default))
  return allJapanese
}

// Every other language is its own chunk, fetched when chosen (and precached for offline use).
const loaders = import.meta.glob<{ default: MessageSchema }>([
  '../../locales/*.json',
  '!../../locales/ja.json',
  '!../../locales/ja.first.json',
])
const STORAGE_KEY = 'navi.locale'

export async function setLocale(code: string): Promise<void> {
  const info = localeInfo(code)
  await loadAllJapanese()
  if (!i18n.global.availableLocales.includes(info.code)) {
    const load = loaders[`../../locales/${info.code}.json`]
    if (!load) return
    i18n.global.setLocaleMessage(info.code, (await load()).default)
  }
  // The procedures' words in this language arrive before the screen switches to it.
  await (await import('../catalog/language')).ensureCatalogLanguage(info.code)
  i18n.global.locale.value = info.code
  document.documentElement.lang = info.tag
  // A kiosk keeps no resident's choice: the next resident starts in the default language.
  if (!kiosk.active)
    try {
      localStorage.setItem(STORAGE_KEY, info.code)
    } catch {
      /* private mode: the choice lasts this visit */
    }
}

export function savedLocale(): string | null {
  if (kiosk.active) return null
  try {
    const code = localStorage.getItem(STORAGE_KEY)
    return code && LOCALES.some((l) => l.code === code) ? code : null
  } catch {
    return null
  }
}

/** Every screen but home waits for the whole of ja.json (one small request, then cached offline). */
export function ensureMessagesFor(router: Router) {
  router.beforeResolve((to) => (to.name === 'home' ? undefined : loadAllJapanese()))
}

export function install(app: App, router: Router) {
  app.use(i18n)
  ensureMessagesFor(router)
  if (import.meta.env.SSR) return
  // Opened straight on another screen (a shared link, a reload): fetch the words alongside its code.
  if (window.location.pathname !== '/') void loadAllJapanese()
  const saved = savedLocale()
  // boot.js hid the page until it can be shown in the saved language: no Japanese flash first.
  const shown = () => document.documentElement.removeAttribute('data-boot-lang')
  if (saved && saved !== SOURCE_LOCALE) void setLocale(saved).finally(shown)
  else shown()
}
