import { useI18n } from 'vue-i18n'

import { plainText } from '../i18n/furigana'

/** The screens' strings as plain text (readings removed), for attributes and computed strings. */
export function useText() {
  const { t, locale } = useI18n()
  return {
    t: (key: string, args?: Record<string, unknown>) => plainText(args ? t(key, args) : t(key)),
    locale,
  }
}
