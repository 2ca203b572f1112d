import { plainText } from './furigana'
import { bcp47 } from './locales'

// Building an Intl formatter is costly on a slow phone; a result page formats dozens of dates.
const formatters = new Map<string, Intl.DateTimeFormat>()
function formatter(tag: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${tag}|${JSON.stringify(options)}`
  let f = formatters.get(key)
  if (!f) {
    f = new Intl.DateTimeFormat(tag, options)
    formatters.set(key, f)
  }
  return f
}

const DAY = 86_400_000
const JA_WEEKDAYS = '日月火水木金土'

/**
 * A language's own names for dates, from its screen texts (`date.*` in locales/<lang>.json): used where
 * the browser has no date data for the language (some phones lack Nepali or Burmese, and Intl then
 * writes English month names inside a Nepali sentence).
 */
export interface DateNames {
  /** January to December. */
  months: string[]
  /** Sunday to Saturday, short. */
  weekdays: string[]
  /** With {weekday}, {month} and {day}; `patternYear` adds {year}. */
  pattern: string
  patternYear: string
}

export interface DateTexts {
  months?: string
  weekdays?: string
  pattern?: string
  patternYear?: string
}

const ownNames = new Map<string, DateNames>()

/** Reads a language's `date` texts (names separated by commas) and keeps them for formatDate. */
export function registerDateNames(locale: string, texts: DateTexts | undefined): void {
  const list = (text: string | undefined) =>
    text
      ? plainText(text)
          .split(/\s*[,、，]\s*/)
          .filter(Boolean)
      : []
  const months = list(texts?.months)
  const weekdays = list(texts?.weekdays)
  // Half a list would name the wrong month: such texts are not used at all.
  if (months.length !== 12 || weekdays.length !== 7 || !texts?.pattern || !texts.patternYear) return
  ownNames.set(locale, {
    months,
    weekdays,
    pattern: plainText(texts.pattern),
    patternYear: plainText(texts.patternYear),
  })
}

/** What intlWrites asks of Intl.DateTimeFormat (a browser without a language's data, in tests). */
export interface IntlDates {
  supportedLocalesOf(tags: string[]): string[]
  new (tag: string, options: Intl.DateTimeFormatOptions): { format(date: number): string }
}

/**
 * Whether this browser's Intl writes dates in the language: it has the locale, and its January is not
 * the English one it falls back to.
 */
export function intlWrites(tag: string, DateTimeFormat: IntlDates = Intl.DateTimeFormat): boolean {
  if (DateTimeFormat.supportedLocalesOf([tag]).length === 0) return false
  const january = new DateTimeFormat(tag, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2026, 0, 15))
  return tag.startsWith('en') || !/January/.test(january)
}

const speaks = new Map<string, boolean>()
/** intlWrites, asked once per language. */
export function intlSpeaks(tag: string): boolean {
  let known = speaks.get(tag)
  if (known === undefined) speaks.set(tag, (known = intlWrites(tag)))
  return known
}

function fill(pattern: string, parts: Record<string, string | number>): string {
  return pattern.replace(/\{(\w+)\}/g, (whole, key: string) => String(parts[key] ?? whole))
}

/**
 * "1月4日(月)" — a due date as a date a resident reads, not a rule. The year is left out when the
 * date is within about ten months of `today` (so "1月4日" in November means the coming January).
 * `support` tells whether Intl can write the language (injected in tests, as a phone without it).
 */
export function formatDate(iso: string, locale: string, today?: string, support = intlSpeaks): string {
  const [y, m, d] = iso.split('-').map(Number)
  const date = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1))
  const near = today
    ? Math.abs(date.getTime() - Date.parse(`${today}T00:00:00Z`)) < 300 * DAY
    : y === new Date().getFullYear()
  const tag = bcp47(locale)
  if (tag === 'ja') {
    // Written out rather than asked of Intl: a formatter's first use costs a slow phone tens of ms.
    return `${near ? '' : `${y}年`}${m}月${d}日(${JA_WEEKDAYS[date.getUTCDay()]})`
  }
  const own = ownNames.get(locale)
  if (own && !support(tag))
    return fill(near ? own.pattern : own.patternYear, {
      weekday: own.weekdays[date.getUTCDay()] ?? '',
      month: own.months[date.getUTCMonth()] ?? '',
      day: date.getUTCDate(),
      year: date.getUTCFullYear(),
    })
  return formatter(tag, {
    weekday: 'short',
    ...(near ? {} : { year: 'numeric' }),
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(date)
}

const TOKYO = 9 * 3_600_000

/** "2026年11月25日 10:15" — when a plan was last changed, in Tokyo time. */
export function formatDateTime(at: number, locale: string, support = intlSpeaks): string {
  const tag = bcp47(locale)
  if (ownNames.has(locale) && !support(tag)) {
    // Tokyo keeps no summer time: its wall clock is UTC+9 all year.
    const tokyo = new Date(at + TOKYO)
    const time = `${String(tokyo.getUTCHours()).padStart(2, '0')}:${String(tokyo.getUTCMinutes()).padStart(2, '0')}`
    return `${formatDate(tokyo.toISOString().slice(0, 10), locale, '0000-01-01', support)} ${time}`
  }
  return formatter(tag, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Tokyo' }).format(at)
}

/** "1,500" — a fee in yen, grouped as the ward's fee tables write it, whatever the screen's language. */
export function formatYen(yen: number): string {
  // As ja-JP's grouping writes it, without loading Intl's number data for it.
  return String(Math.round(yen)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}
