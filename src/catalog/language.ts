// The catalog's words in a language arrive before the screen switches to it: its packs (and those of
// its fallbacks) for every part on screen; parts that arrive later bring theirs along.
import { localeInfo } from '../i18n/registry'
import { showLanguages } from './load'

export function ensureCatalogLanguage(locale: string): Promise<void> {
  return showLanguages(localeInfo(locale).content)
}
