import { bcp47 } from './locales'

/** "1月4日(月)" — a due date as a date a resident reads, not a rule. */
export function formatDate(iso: string, locale: string): string {
  const [y, m, d] = iso.split('-').map(Number)
  const date = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1))
  const tag = bcp47(locale)
  if (tag === 'ja') {
    const weekday = new Intl.DateTimeFormat('ja-JP', { weekday: 'short', timeZone: 'UTC' }).format(date)
    const sameYear = y === new Date().getFullYear()
    return `${sameYear ? '' : `${y}年`}${m}月${d}日(${weekday})`
  }
  return new Intl.DateTimeFormat(tag, { weekday: 'short', year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(date)
}
