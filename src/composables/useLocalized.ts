import { useI18n } from 'vue-i18n'

import type { Localized } from '../catalog/schema'
import { plainText } from '../i18n/furigana'
import { pick } from '../i18n/locales'

/** Catalog text in the current language, as plain text (for titles and attributes). */
export function useLocalized() {
  const { locale } = useI18n()
  return (text: Localized | undefined) => plainText(pick(text, locale.value))
}
