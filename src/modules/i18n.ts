import { type App, ref } from 'vue'
import { createI18n } from 'vue-i18n'
import type { Router } from 'vue-router'

import first from '../../locales/ja.first.json'
import type ja from '../../locales/ja.json'
import { localeInQuery } from '../i18n/address'
import { registerDateNames } from '../i18n/format'
import { localeInfo, LOCALES, SOURCE_LOCALE } from '../i18n/registry'
import { kiosk } from '../kiosk/mode'
import { keepLocaleInAddresses } from './locale-address'
import { keepMessages } from './offline-messages'

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

// Every other language is its own chunk, fetched when chosen and then kept for offline use (not precached).
const loaders = import.meta.glob<{ default: MessageSchema; url: string }>([
  '../../locales/*.json',
  '!../../locales/ja.json',
  '!../../locales/ja.first.json',
])
const STORAGE_KEY = 'navi.locale'

// The language asked for last: links drawn while its words are on their way already name it. A ref, so
// that every link drawn before it changed (the header's) is drawn again with it.
const chosen = ref(SOURCE_LOCALE)
export const chosenLocale = (): string => chosen.value

export async function setLocale(code: string): Promise<void> {
  const info = localeInfo(code)
  chosen.value = info.code
  try {
    await loadAllJapanese()
    if (!i18n.global.availableLocales.includes(info.code)) {
      const load = loaders[`../../locales/${info.code}.json`]
      if (!load) {
        chosen.value = i18n.global.locale.value
        return
      }
      const messages = await load()
      i18n.global.setLocaleMessage(info.code, messages.default)
      keepMessages(info.code, messages.url, globalThis.caches).catch(() => {
        /* no room or no Cache API: the language works online, as before */
      })
      // Its own month and weekday names, for a browser that has no dates in it (compiled: read through t).
      const text = (key: string) =>
        i18n.global.te(`date.${key}`, info.code) ? i18n.global.t(`date.${key}`, {}, { locale: info.code }) : undefined
      registerDateNames(info.code, {
        months: text('months'),
        weekdays: text('weekdays'),
        pattern: text('pattern'),
        patternYear: text('patternYear'),
      })
    }
    // The procedures' words in this language arrive before the screen switches to it.
    await (await import('../catalog/language')).ensureCatalogLanguage(info.code)
  } catch (error) {
    if (chosen.value === info.code) chosen.value = i18n.global.locale.value
    throw error
  }
  // A later choice, made while these words were on their way, wins.
  if (chosen.value !== info.code) return
  i18n.global.locale.value = info.code
  document.documentElement.lang = info.tag
  remember(info.code)
}

function remember(code: string) {
  // A kiosk keeps no resident's choice: the next resident starts in the default language.
  if (!kiosk.active)
    try {
      localStorage.setItem(STORAGE_KEY, code)
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
  // The address's language (a shared link, ?lang=vi) wins over the one kept, and is kept from now on;
  // one the app does not have is ignored. A terminal starts in the default language whatever it is given.
  const asked = kiosk.active ? null : localeInQuery(Object.fromEntries(new URLSearchParams(window.location.search)))
  const wanted = asked ?? savedLocale()
  // boot.js hid the page until it can be shown in that language: no Japanese flash first.
  const shown = () => document.documentElement.removeAttribute('data-boot-lang')
  if (wanted && wanted !== SOURCE_LOCALE) void setLocale(wanted).finally(shown)
  else {
    if (wanted) remember(wanted)
    shown()
  }
  keepLocaleInAddresses(router, { chosen: chosenLocale, choose: setLocale, shown: i18n.global.locale })
}
