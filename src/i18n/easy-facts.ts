// やさしい日本語 keeps the facts. Given a Japanese text and its やさしい日本語, lists what the Japanese
// states that the easy text leaves out: a number with its unit (14日, 5万円, 2階, 3か月, 8:30), a phone
// number, a fine, a counter letter or a basement floor, the name of an office, and the words that say
// a fact is not confirmed. Pure: used by the catalog validator and the tests.
import { plainText } from './furigana'

export type FactKind = 'number' | 'time' | 'phone' | 'fine' | 'counter' | 'floor' | 'office' | 'uncertain'

/** One fact of the Japanese, as it is written there. */
export interface Fact {
  kind: FactKind
  text: string
}

// ---- numbers with their unit -------------------------------------------------------------------

/** Units, longest first where one begins another; each has a class so 3か月 never stands for 3月. */
const UNITS: [string, string][] = [
  ['日間|日目|日', 'days'],
  ['週間', 'weeks'],
  ['[かカヶケヵ箇]月間?', 'months'],
  ['月', 'month'],
  ['年間|年度|年', 'years'],
  ['歳|才', 'age'],
  ['円', 'yen'],
  ['階', 'floor'],
  ['番', 'number'],
  ['回', 'times'],
  ['人', 'people'],
  ['通', 'copies'],
  ['枚', 'sheets'],
  ['件|個|つ', 'items'],
  ['[かカヶケヵ箇]所', 'places'],
  ['けた|桁', 'digits'],
  ['割', 'tenths'],
  ['%', 'percent'],
  ['時間', 'hours'],
  ['分', 'minutes'],
  ['段階', 'levels'],
  ['cc', 'cc'],
  ['cm|センチ', 'cm'],
  ['mm|ミリ', 'mm'],
]
const UNIT = UNITS.map(([u]) => `(?:${u})`).join('|')
const unitClass = (unit: string): string => UNITS.find(([u]) => new RegExp(`^(?:${u})$`).test(unit))?.[1] ?? unit

/** A number as written: 14, 50,000, 1.5, 5万, 1万5千, 1万5000. */
const NUMBER = String.raw`\d+(?:,\d{3})*(?:\.\d+)?(?:[億万千]\d*(?:,\d{3})*)*`
/** Numbers sharing a unit: 1〜2週間, 3・5番. */
const CHAIN = new RegExp(String.raw`(?<![\d.,])(${NUMBER}(?:\s*[〜~・、]\s*${NUMBER})*)\s*(${UNIT})`, 'g')

/** The value of a written number: 5万 → 50000, 1万5千 → 15000, 50,000 → 50000. */
export function numberValue(written: string): number {
  let total = 0
  let section = 0
  let pending: number | null = null
  for (const m of written.replace(/,/g, '').matchAll(/(\d+(?:\.\d+)?)|([億万千])/g)) {
    if (m[1]) {
      pending = Number(m[1])
      continue
    }
    const n = pending ?? 1
    pending = null
    if (m[2] === '千') section += n * 1000
    else {
      total += (section + n) * (m[2] === '億' ? 1e8 : 1e4)
      section = 0
    }
  }
  return total + section + (pending ?? 0)
}

const KANJI_DIGITS: Record<string, number> = { 〇: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }
/** 一 → 1, 十五 → 15, 二十 → 20, 三百 → 300 (easy text may write small numbers in kanji). */
function kanjiNumber(written: string): number {
  let total = 0
  let digit = 0
  for (const ch of written) {
    if (ch in KANJI_DIGITS) digit = KANJI_DIGITS[ch] as number
    else {
      total += (digit || 1) * (ch === '十' ? 10 : ch === '百' ? 100 : 1000)
      digit = 0
    }
  }
  return total + digit
}

/** Kana readings that are numbers with their unit (ついたち is the 1st, はたち is 20 years old). */
const KANA_NUMBERS: [string, number, string][] = [
  ['ひとつき', 1, 'months'],
  ['ひと月', 1, 'months'],
  ['ふたつき', 2, 'months'],
  ['ふた月', 2, 'months'],
  ['ひとつ', 1, 'items'],
  ['ふたつ', 2, 'items'],
  ['みっつ', 3, 'items'],
  ['よっつ', 4, 'items'],
  ['いつつ', 5, 'items'],
  ['ひとり', 1, 'people'],
  ['ふたり', 2, 'people'],
  // いつか (someday) and ようか (shall we) are words too often to count as the 5th and the 8th.
  ['ついたち', 1, 'days'],
  ['ふつか', 2, 'days'],
  ['みっか', 3, 'days'],
  ['よっか', 4, 'days'],
  ['むいか', 6, 'days'],
  ['なのか', 7, 'days'],
  ['ここのか', 9, 'days'],
  ['とおか', 10, 'days'],
  ['はつか', 20, 'days'],
  ['はたち', 20, 'age'],
]

interface Measure {
  value: number
  unit: string
  text: string
  /** Written as a bound not reached (60歳未満): an easy text may say the last age in it (59歳まで). */
  under?: boolean
}

/** Times of day (8:30, 8時30分, 8時半, 17時) as H:MM, taken out of the text. */
const TIME = /(?<![\d:])(\d{1,2}):(\d{2})(?![\d:])|(?<!\d)(\d{1,2})時(?!間)(?:(\d{1,2})分|(半))?/g
/** Fractions as Japanese writes them: 1000分の4 (4/1000), 4分の3 (3/4). */
const FRACTION = /(?<![\d.,])(\d+)\s*分の\s*(\d+)(?![\d.,])/g
/** Phone numbers (03-3908-1133, 0570-034259) and postal codes (〒114-8508). */
const PHONE = /(?<![\d-])0\d{1,4}-\d{1,6}(?:-\d{1,6})?(?![\d-])|〒\s*\d{3}-\d{4}/g

/** The text as the checks read it: no readings, half-width digits and letters, one kind of hyphen. */
function normalise(text: string): string {
  return plainText(text)
    .normalize('NFKC')
    .replace(/(?<=\d)\s*[‐‑–—−ー－]\s*(?=\d)/g, '-')
    .replace(/¥\s*(\d[\d,]*)/g, '$1円')
}

function takeOut(text: string, pattern: RegExp, found: (m: RegExpMatchArray) => void): string {
  return text.replace(pattern, (...args) => {
    const m = args.slice(0, -2) as unknown as RegExpMatchArray
    m.index = args.at(-2) as number
    found(m)
    return ' '.repeat(args[0].length)
  })
}

interface Read {
  measures: Measure[]
  times: { value: string; text: string }[]
  phones: { digits: string; text: string }[]
  rest: string
}

function read(text: string, easy: boolean): Read {
  const times: Read['times'] = []
  const phones: Read['phones'] = []
  let rest = normalise(text)
  rest = takeOut(rest, PHONE, (m) => {
    const t = m[0]
    const digits = t.replace(/\D/g, '')
    if (t.startsWith('〒') || (digits.length >= 10 && digits.length <= 11)) phones.push({ digits, text: t })
  })
  rest = takeOut(rest, TIME, (m) => {
    const h = Number(m[1] ?? m[3])
    const min = m[2] ?? m[4] ?? (m[5] ? '30' : '00')
    times.push({ value: `${h}:${min.padStart(2, '0')}`, text: m[0] })
  })
  const measures: Measure[] = []
  // A fraction (1000分の4, 4分の3) is one number, not a count of minutes.
  rest = takeOut(rest, FRACTION, (m) => {
    measures.push({ value: Number(m[2]) / Number(m[1]), unit: 'fraction', text: m[0] })
  })
  if (easy) {
    // Small numbers in kanji (一つ, 二人) and kana readings (ひとり, ついたち) count as numbers.
    // Not after a digit: the 千 of 48万8千円 is part of that number.
    rest = rest.replace(new RegExp(`(?<![\\d万億])([〇一二三四五六七八九十百千]+)(?=\\s*(?:${UNIT}))`, 'g'), (k) =>
      String(kanjiNumber(k)),
    )
    for (const [kana, value, unit] of KANA_NUMBERS) if (rest.includes(kana)) measures.push({ value, unit, text: kana })
  }
  for (const m of rest.matchAll(CHAIN)) {
    const unit = unitClass(m[2] as string)
    const under = /^\s*未満/.test(rest.slice((m.index ?? 0) + m[0].length))
    for (const n of (m[1] as string).split(/\s*[〜~・、]\s*/))
      measures.push({ value: numberValue(n), unit, text: `${n}${m[2]}`, ...(under ? { under } : {}) })
  }
  return { measures, times, phones, rest }
}

// ---- words -------------------------------------------------------------------------------------

/** A fine in the Japanese; the easy text must still say there is money to pay. */
const FINE = /過料|罰金|科料/
const MONEY_TO_PAY = /過料|罰金|科料|お?金を(?:払|はら|納|おさ)|おかねを(?:はら|おさ)/

/** Offices and buildings a resident goes to, with the ways an easy text may name them. */
const OFFICES: { ja: RegExp; easy: RegExp }[] = [
  { ja: /王子(?!本町)/, easy: /王子|おうじ/ },
  { ja: /赤羽/, easy: /赤羽|あかばね/ },
  { ja: /滝野川/, easy: /滝野川|たきのがわ/ },
  { ja: /区民事務所/, easy: /区民事務所|くみんじむしょ/ },
  { ja: /本庁舎|区役所/, easy: /本庁舎|区役所|ほんちょうしゃ|くやくしょ/ },
  { ja: /第一庁舎|第1庁舎/, easy: /第一庁舎|第1庁舎|だいいちちょうしゃ/ },
  { ja: /第二庁舎|第2庁舎/, easy: /第二庁舎|第2庁舎|だいにちょうしゃ/ },
  { ja: /巡視室/, easy: /巡視室|じゅんししつ/ },
  { ja: /保健所/, easy: /保健所|ほけんじょ/ },
  { ja: /年金事務所/, easy: /年金事務所|ねんきんじむしょ/ },
  { ja: /法務局/, easy: /法務局|ほうむきょく/ },
  { ja: /出張所/, easy: /出張所|しゅっちょうじょ/ },
  { ja: /税務署/, easy: /税務署|ぜいむしょ/ },
  { ja: /都税事務所/, easy: /都税事務所|とぜいじむしょ/ },
  { ja: /家庭裁判所/, easy: /裁判所|さいばんしょ/ },
  { ja: /出入国在留管理局|入管/, easy: /出入国在留管理|入管|にゅうかん/ },
  { ja: /警察署/, easy: /警察|けいさつ/ },
  { ja: /地域包括支援センター|あんしんセンター/, easy: /地域包括支援センター|あんしんセンター/ },
  { ja: /ハローワーク/, easy: /ハローワーク/ },
  { ja: /運輸支局/, easy: /運輸支局|うんゆしきょく/ },
  { ja: /運転免許更新センター|運転免許試験場/, easy: /運転免許|うんてんめんきょ/ },
  { ja: /水道局/, easy: /水道局|すいどうきょく/ },
  { ja: /郵便局/, easy: /郵便局|ゆうびんきょく/ },
  { ja: /清掃事務所/, easy: /清掃事務所|せいそうじむしょ/ },
]

/** Words that say a fact is not confirmed (要確認 notes and their kin); the easy text must say so too. */
const NOT_CONFIRMED = /要確認|未確認|確かめられて(?:い)?ません|確認できて(?:い)?ない|確認が必要|確かめてください/
const EASY_NOT_CONFIRMED =
  /要確認|未確認|確かめ|たしかめ|確認|かくにん|わかりません|わかっていません|わからない|聞いてください|きいてください/

// ---- the check ---------------------------------------------------------------------------------

/** Whether the easy text's measure `e` states the Japanese `j`: the same, or for 60歳未満 also 59歳. */
function sameMeasure(e: Measure, j: Measure): boolean {
  if (e.unit !== j.unit) return false
  return e.value === j.value || (j.under === true && j.unit === 'age' && e.value === j.value - 1)
}

/** Every fact of a Japanese text that the checks follow. */
export function factsOf(ja: string): Fact[] {
  const { measures, times, phones, rest } = read(ja, false)
  const facts: Fact[] = [
    ...phones.map((p) => ({ kind: 'phone' as const, text: p.text })),
    ...times.map((t) => ({ kind: 'time' as const, text: t.text })),
    ...measures.map((m) => ({ kind: 'number' as const, text: m.text })),
  ]
  const fine = rest.match(FINE)
  if (fine) facts.push({ kind: 'fine', text: fine[0] })
  for (const m of rest.matchAll(/([A-Z])\s*(?:カウンター|窓口)/g)) facts.push({ kind: 'counter', text: m[0] })
  for (const m of rest.matchAll(/地下\s*\d+\s*階|B\d+(?:階|F)?/g)) facts.push({ kind: 'floor', text: m[0] })
  for (const o of OFFICES) {
    const m = rest.match(o.ja)
    if (m) facts.push({ kind: 'office', text: m[0] })
  }
  const unsure = rest.match(NOT_CONFIRMED)
  if (unsure) facts.push({ kind: 'uncertain', text: unsure[0] })
  return facts
}

/**
 * The facts of `ja` that `easy` leaves out. Readings ({漢字|かんじ}) are read as their kanji; a number
 * may be written any way (50,000 / 5万 / 50000 / full-width digits / 一つ / ひとり) but keeps its unit's
 * class (3か月 is not 3月).
 */
export function droppedFacts(ja: string, easy: string): Fact[] {
  const j = read(ja, false)
  const e = read(easy, true)
  const dropped: Fact[] = []
  const seen = new Set<string>()
  const drop = (kind: FactKind, text: string) => {
    if (seen.has(`${kind}:${text}`)) return
    seen.add(`${kind}:${text}`)
    dropped.push({ kind, text })
  }
  const easyDigits = normalise(easy).replace(/(?<=\d)[-\s]+(?=\d)/g, '')
  for (const p of j.phones)
    if (!e.phones.some((x) => x.digits === p.digits) && !easyDigits.includes(p.digits)) drop('phone', p.text)
  for (const t of j.times) if (!e.times.some((x) => x.value === t.value)) drop('time', t.text)
  for (const m of j.measures) if (!e.measures.some((x) => sameMeasure(x, m))) drop('number', m.text)
  const fine = j.rest.match(FINE)
  if (fine && !MONEY_TO_PAY.test(e.rest)) drop('fine', fine[0])
  for (const m of j.rest.matchAll(/([A-Z])\s*(?:カウンター|窓口)/g)) {
    if (!new RegExp(`${m[1]}\\s*(?:カウンター|の?窓口|の?まどぐち)`).test(e.rest)) drop('counter', m[0])
  }
  for (const m of j.rest.matchAll(/地下\s*(\d+)\s*階|B(\d+)(?:階|F)?/g)) {
    const n = m[1] ?? m[2]
    if (!new RegExp(`(?:地下|ちか)\\s*${n}\\s*(?:階|かい)|B${n}`).test(e.rest)) drop('floor', m[0])
  }
  for (const o of OFFICES) {
    const m = j.rest.match(o.ja)
    if (m && !o.easy.test(e.rest)) drop('office', m[0])
  }
  const unsure = j.rest.match(NOT_CONFIRMED)
  if (unsure && !EASY_NOT_CONFIRMED.test(e.rest)) drop('uncertain', unsure[0])
  return dropped
}

/** Readings as the catalog writes them ({漢字|かんじ}) and as the screens do (｜漢字《かんじ》). */
const READING = /\{([^{}|]+)\|([^{}|]+)\}|｜([^｜《》]+)《([^《》]+)》/g
const KANJI = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆]+/g
const HAS_KANJI = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆]/

/**
 * Kanji an easy text shows without a reading ({漢字|かんじ} in the catalog, ｜漢字《かんじ》 on the
 * screens), and readings that are not kana.
 */
export function kanjiWithoutReading(easy: string): string[] {
  const bad = [...easy.replace(READING, ' ').matchAll(KANJI)].map((m) => m[0])
  for (const m of easy.matchAll(READING)) if (HAS_KANJI.test((m[2] ?? m[4]) as string)) bad.push(m[0])
  return [...new Set(bad)]
}

/** How a dropped fact is named in a message: 5万円 (number). */
export function describeFacts(facts: readonly Fact[]): string {
  return facts.map((f) => `${f.text} (${f.kind})`).join(', ')
}
