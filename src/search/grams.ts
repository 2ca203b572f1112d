// The grams the search index is keyed by. They are numbers, not strings, because building the index
// turns every catalog text into them. Pure: no Vue, no DOM.
import { fold } from './normalise'

/** Hiragana (after folding), CJK ideographs, ー and 々: the characters Japanese bigrams are made of. */
function isJapanese(c: number): boolean {
  return (
    (c >= 0x3041 && c <= 0x309f) ||
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    c === 0x30fc ||
    c === 0x3005
  )
}

/**
 * Grams are small integers (V8 keeps them unboxed): a Japanese character becomes a number below
 * 2^15, a bigram is two of them, and Latin trigrams live just under 2^30, above every bigram.
 */
const SPAN = 0x8000
const TRIGRAM = 2 ** 30 - 2 ** 21
function compact(c: number): number {
  if (c >= 0x4e00 && c <= 0x9fff) return c - 0x4e00 + 0x200
  if (c >= 0x3400 && c <= 0x4dbf) return c - 0x3400 + 0x5400
  if (c >= 0xf900 && c <= 0xfaff) return c - 0xf900 + 0x6e00
  // Devanagari (Nepali) and Myanmar letters, then Hangul syllables folded into the space left: two
  // syllables may share a number, which only lets a rare Korean query match a little too much.
  if (c >= 0x0900 && c <= 0x097f) return c - 0x0900 + 0x7000
  if (c >= 0x1000 && c <= 0x109f) return c - 0x1000 + 0x7080
  if (c >= 0xac00 && c <= 0xd7a3) return ((c - 0xac00) % 0xe00) + 0x7200
  return c - 0x3000 // hiragana, ー and 々 fall in 0x000–0x1ff
}
const KANJI = 0x200
const OTHER_SCRIPTS = 0x7000
const trigram = (a: number, b: number, c: number) => TRIGRAM + a * 0x4000 + b * 0x80 + c

/** Whether a gram is a lone kanji, kept only to answer one-character queries. */
export const isUnigram = (gram: number) => gram < SPAN

/**
 * What each UTF-16 code unit is to the index, worked out the first time it is met: SEPARATOR, the code
 * itself for a Latin letter or digit (< 0x80), else 0x100 + the folded, compacted Japanese code.
 * 0 means not yet known; filling the whole table up front would cost the first search milliseconds.
 */
const SEPARATOR = 0xffff
const classes = new Uint16Array(0x10000)
function classify(c: number): number {
  if ((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a)) return c
  // Latin letters with marks read as the bare letter: "chuyển đến" is found by "chuyen den" and back.
  if ((c >= 0xc0 && c <= 0x24f) || (c >= 0x1e00 && c <= 0x1eff)) {
    const bare = c === 0x111 || c === 0x110 ? 0x64 : String.fromCharCode(c).normalize('NFD').toLowerCase().charCodeAt(0)
    return bare >= 0x61 && bare <= 0x7a ? bare : SEPARATOR
  }
  const f = fold(c)
  return isJapanese(f) || isOtherScript(f) ? 0x100 + compact(f) : SEPARATOR
}

/** Scripts read like Japanese, in pairs of characters: Hangul, Devanagari, Myanmar. */
function isOtherScript(c: number): boolean {
  return (c >= 0xac00 && c <= 0xd7a3) || (c >= 0x0900 && c <= 0x097f) || (c >= 0x1000 && c <= 0x109f)
}

/**
 * The grams of a text: bigrams over its Japanese characters (spaces and punctuation between them are
 * ignored, so 「転入 届」 is 転入届), a one-character query as itself, and padded trigrams of each Latin
 * word ("^re", "reg" … "on$") so that a typo costs only a few of a word's grams. `kanji` adds every
 * kanji alone, for titles in the index, so that 「犬」 finds 犬の登録.
 */
export function grams(text: string, { kanji = false } = {}): number[] {
  const s = text.normalize('NFKC').toLowerCase()
  const table = classes
  const out: number[] = []
  let previous = -1
  let japanese = 0
  const word = wordBuffer
  let length = 0
  for (let i = 0; i <= s.length; i++) {
    const code = i < s.length ? s.charCodeAt(i) : 0x20
    let v = table[code]!
    if (v === 0) v = table[code] = classify(code)
    if (v < 0x80) {
      if (length < word.length) word[length++] = v
      continue
    }
    // A lone letter in a query ("a", "e") would match nearly everything English.
    if (length > 1 || (length === 1 && kanji)) wordGrams(word, length, out)
    length = 0
    if (v === SEPARATOR) continue
    const k = v - 0x100
    if (previous >= 0) out.push(previous * SPAN + k)
    if (kanji && k >= KANJI && k < OTHER_SCRIPTS) out.push(k)
    previous = k
    japanese++
  }
  if (japanese === 1 && !kanji) out.push(previous)
  return out
}

/** Letters of the Latin word being read; longer words are cut, which only loses their tail's grams. */
const wordBuffer = new Uint8Array(64)
const SUFFIXES = ['ing', 'ed', 'es', 's', 'e'].map((x) => [...x].map((c) => c.charCodeAt(0)))

/** Padded trigrams of a word after a light English stem, so "move", "moved" and "moving" share grams. */
function wordGrams(word: Uint8Array, length: number, out: number[]) {
  let end = length
  if (end >= 5) {
    const suffix = SUFFIXES.find((x) => x.every((c, i) => word[end - x.length + i] === c))
    if (suffix) end -= suffix.length
  }
  let a = 0x5e
  let b = word[0] ?? 0
  for (let i = 1; i <= end; i++) {
    const c = i < end ? (word[i] ?? 0) : 0x24
    out.push(trigram(a, b, c))
    a = b
    b = c
  }
}
