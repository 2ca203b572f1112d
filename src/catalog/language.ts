// Loads the catalog's words in a language on demand (and once), before the screen switches to it.
import catalog from 'virtual:catalog'
import { applyPack, type Pack } from './packs'
import { localeInfo } from '../i18n/registry'

const loaders: Record<string, () => Promise<{ default: Pack }>> = {
  'ja-easy': () => import('virtual:catalog/pack/ja-easy'),
  en: () => import('virtual:catalog/pack/en'),
}
const loaded = new Map<string, Promise<void>>()

export function ensureCatalogLanguage(locale: string): Promise<void> {
  return ensurePacks(localeInfo(locale).content)
}

/** Loads the given catalog languages; Japanese is always there. */
export function ensurePacks(codes: readonly string[]): Promise<void> {
  const needed = codes.filter((code) => code in loaders)
  return Promise.all(needed.map((code) => {
    if (!loaded.has(code)) loaded.set(code, (loaders[code] as () => Promise<{ default: Pack }>)().then((m) => applyPack(catalog, code, m.default)))
    return loaded.get(code)
  })).then(() => undefined)
}
