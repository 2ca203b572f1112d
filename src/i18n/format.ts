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

/**
 * "1月4日(月)" — a due date as a date a resident reads, not a rule. The year is left out when the
 * date is within about ten months of `today` (so "1月4日" in November means the coming January).
 */
export function formatDate(iso: string, locale: string, today?: string): string {
  const [y, m, d] = iso.split('-').map(Number)
  const date = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1))
  const near = today
    ? Math.abs(date.getTime() - Date.parse(`${today}T00:00:00Z`)) < 300 * DAY
    : y === new Date().getFullYear()
  const tag = bcp47(locale)
  if (tag === 'ja') {
    const weekday = formatter('ja-JP', { weekday: 'short', timeZone: 'UTC' }).format(date)
    return `${near ? '' : `${y}年`}${m}月${d}日(${weekday})`
  }
  return formatter(tag, {
    weekday: 'short',
    ...(near ? {} : { year: 'numeric' }),
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(date)
}

/** "2026年11月25日 10:15" — when a plan was last changed, in Tokyo time. */
export function formatDateTime(at: number, locale: string): string {
  return formatter(bcp47(locale), { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Tokyo' }).format(at)
}

/** "1,500" — a fee in yen, grouped as the ward's fee tables write it, whatever the screen's language. */
export function formatYen(yen: number): string {
  return yen.toLocaleString('ja-JP')
}
