// Japanese-aware normalisation: what 「テンニュウ」, 「ﾃﾝﾆｭｳ」 and 「てんにゆう」 have in common. Pure: no Vue, no DOM.
import { parseFurigana } from '../i18n/furigana'

/**
 * Katakana as hiragana, and small ゃゅょぁぃぅぇぉゎ as large ones, so 「テンニュウ」 and 「てんにゆう」 read
 * the same: residents often miss small kana when typing. っ stays, or 「しゅっしょう」 would read as 「しゅつ…」.
 */
export function fold(code: number): number {
  const han = HAN.get(code)
  if (han !== undefined) return han
  const c = code >= 0x30a1 && code <= 0x30f6 ? code - 0x60 : code
  switch (c) {
    case 0x3041:
    case 0x3043:
    case 0x3045:
    case 0x3047:
    case 0x3049:
    case 0x3083:
    case 0x3085:
    case 0x3087:
    case 0x308e:
      return c + 1
    default:
      return c
  }
}

/**
 * Chinese forms of the kanji that name procedures, read as the Japanese form: a reader who types 转入
 * (simplified) or 轉入 (traditional) means 転入. Pairs are simplified or traditional → Japanese.
 */
const HAN_PAIRS =
  '转転轉転户戸戶戸证証證証书書险険險険国国國国儿児兒児驾駕驶駛续続續続缴繳纳納' +
  '离離婚婚养養養養册冊护護護護载載记記記記录録錄録关関關関届届团団團団区区區区级級級級乡郷鄉郷镇鎮鎮鎮' +
  '县県縣県请請請請审審審審补補补補务務務務费費費費职職職職业業業業资資資資园園園園医医醫医疗療療療' +
  '岁歳歲歳龄齢齡齢报報報報发発發発乐楽樂楽宝宝寶宝亲親親親卫衛衛衛检検檢検验験驗験车車車車对対對対' +
  '经経經経营営營営银銀銀銀账帳帳帳单単單単称称稱称号号號号码碼碼碼类類類類变変變変换換換換转転'
const HAN = new Map<number, number>()
for (let i = 0; i + 1 < HAN_PAIRS.length; i += 2) {
  const from = HAN_PAIRS.charCodeAt(i)
  const to = HAN_PAIRS.charCodeAt(i + 1)
  if (from !== to) HAN.set(from, to)
}

/** NFKC (full-width letters, half-width kana), lower case, then the kana folding above. */
export function normalise(text: string): string {
  const s = text.normalize('NFKC').toLowerCase()
  let out = ''
  for (let i = 0; i < s.length; i++) out += String.fromCharCode(fold(s.charCodeAt(i)))
  return out
}

/**
 * The texts to index for one catalog text: furigana markup gives 転入届, its reading てんにゅうとどけ
 * and that reading in romaji, "tennyutodoke", for a resident who knows the word but not its letters.
 */
export function variants(source: string): string[] {
  if (!source.includes('{')) return [source]
  const tokens = parseFurigana(source)
  const plain = tokens.map((t) => t.text).join('')
  const reading = tokens.map((t) => t.ruby ?? t.text).join('')
  if (plain === reading) return [plain]
  const latin = romaji(reading)
  return latin ? [plain, reading, latin] : [plain, reading]
}

const KANA: Record<string, string> = Object.fromEntries(
  (
    [
      ['あいうえお', ['a', 'i', 'u', 'e', 'o']],
      ['かきくけこ', ['ka', 'ki', 'ku', 'ke', 'ko']],
      ['がぎぐげご', ['ga', 'gi', 'gu', 'ge', 'go']],
      ['さしすせそ', ['sa', 'shi', 'su', 'se', 'so']],
      ['ざじずぜぞ', ['za', 'ji', 'zu', 'ze', 'zo']],
      ['たちつてと', ['ta', 'chi', 'tsu', 'te', 'to']],
      ['だぢづでど', ['da', 'ji', 'zu', 'de', 'do']],
      ['なにぬねの', ['na', 'ni', 'nu', 'ne', 'no']],
      ['はひふへほ', ['ha', 'hi', 'fu', 'he', 'ho']],
      ['ばびぶべぼ', ['ba', 'bi', 'bu', 'be', 'bo']],
      ['ぱぴぷぺぽ', ['pa', 'pi', 'pu', 'pe', 'po']],
      ['まみむめも', ['ma', 'mi', 'mu', 'me', 'mo']],
      ['やゆよ', ['ya', 'yu', 'yo']],
      ['らりるれろ', ['ra', 'ri', 'ru', 're', 'ro']],
      ['わをん', ['wa', 'o', 'n']],
    ] as const
  ).flatMap(([kana, latin]) => [...kana].map((k, i) => [k, latin[i] as string])),
)
const SMALL: Record<string, string> = { ゃ: 'ya', ゅ: 'yu', ょ: 'yo' }

/**
 * Hiragana (or katakana) in Hepburn romaji as residents type it without macrons: きゅう → kyu,
 * とう → to, っ doubles the next consonant. Nothing when the reading holds other letters (kanji left).
 */
export function romaji(reading: string): string {
  const kana = [...reading.normalize('NFKC')].map((c) => {
    const code = c.charCodeAt(0)
    return code >= 0x30a1 && code <= 0x30f6 ? String.fromCharCode(code - 0x60) : c
  })
  let out = ''
  let double = false
  for (let i = 0; i < kana.length; i++) {
    const c = kana[i] as string
    if (c === 'っ') {
      double = true
      continue
    }
    if (c === 'ー' || /[\s・]/.test(c)) continue
    let syllable = KANA[c]
    if (syllable === undefined) return ''
    const small = SMALL[kana[i + 1] ?? '']
    if (small && syllable.endsWith('i')) {
      const stem = syllable.slice(0, -1)
      syllable = /^(sh|ch|j)$/.test(stem) ? stem + small.slice(1) : stem + small
      i += 1
    }
    if (double) {
      syllable = (syllable.startsWith('ch') ? 't' : syllable[0]) + syllable
      double = false
    }
    out += syllable
  }
  // Long vowels as typed without macrons: ou, oo, uu → o, o, u.
  return out.replace(/ou|oo/g, 'o').replace(/uu/g, 'u')
}
