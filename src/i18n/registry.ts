// The languages of the app. Catalog content exists in ja, ja-easy and en; the other languages show
// the screens in their own language and the procedures' text in English (marked with its lang).

export interface LocaleInfo {
  code: string
  /** The language's own name, as its readers look for it. */
  name: string
  /** BCP 47 tag for lang attributes and Intl. */
  tag: string
  /** Where catalog text comes from when this language has none, in order. */
  content: readonly string[]
}

export const LOCALES: readonly LocaleInfo[] = [
  { code: 'ja', name: '日本語', tag: 'ja', content: ['ja'] },
  { code: 'ja-easy', name: 'やさしい にほんご', tag: 'ja', content: ['ja-easy', 'ja'] },
  { code: 'en', name: 'English', tag: 'en', content: ['en', 'ja'] },
  { code: 'zh-Hans', name: '简体中文', tag: 'zh-Hans', content: ['en', 'ja'] },
  { code: 'zh-Hant', name: '繁體中文', tag: 'zh-Hant', content: ['en', 'ja'] },
  { code: 'ko', name: '한국어', tag: 'ko', content: ['en', 'ja'] },
  { code: 'vi', name: 'Tiếng Việt', tag: 'vi', content: ['en', 'ja'] },
  { code: 'ne', name: 'नेपाली', tag: 'ne', content: ['en', 'ja'] },
  { code: 'my', name: 'မြန်မာဘာသာ', tag: 'my', content: ['en', 'ja'] },
  { code: 'tl', name: 'Tagalog', tag: 'tl', content: ['en', 'ja'] },
]

export const SOURCE_LOCALE = 'ja'

export function localeInfo(code: string): LocaleInfo {
  return LOCALES.find((l) => l.code === code) ?? (LOCALES[0] as LocaleInfo)
}
