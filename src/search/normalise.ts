// Japanese-aware normalisation: what 「テンニュウ」, 「ﾃﾝﾆｭｳ」 and 「てんにゆう」 have in common. Pure: no Vue, no DOM.
import { parseFurigana } from '../i18n/furigana'

/**
 * Katakana as hiragana, and small ゃゅょぁぃぅぇぉゎ as large ones, so 「テンニュウ」 and 「てんにゆう」 read
 * the same: residents often miss small kana when typing. っ stays, or 「しゅっしょう」 would read as 「しゅつ…」.
 */
export function fold(code: number): number {
  const c = code >= 0x30a1 && code <= 0x30f6 ? code - 0x60 : code
  switch (c) {
    case 0x3041: case 0x3043: case 0x3045: case 0x3047: case 0x3049:
    case 0x3083: case 0x3085: case 0x3087: case 0x308e: return c + 1
    default: return c
  }
}

/** NFKC (full-width letters, half-width kana), lower case, then the kana folding above. */
export function normalise(text: string): string {
  const s = text.normalize('NFKC').toLowerCase()
  let out = ''
  for (let i = 0; i < s.length; i++) out += String.fromCharCode(fold(s.charCodeAt(i)))
  return out
}


/** The texts to index for one catalog text: furigana markup gives both 転入届 and てんにゅうとどけ. */
export function variants(source: string): string[] {
  if (!source.includes('{')) return [source]
  const tokens = parseFurigana(source)
  const plain = tokens.map((t) => t.text).join('')
  const reading = tokens.map((t) => t.ruby ?? t.text).join('')
  return plain === reading ? [plain] : [plain, reading]
}
