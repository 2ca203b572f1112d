// Due dates as an iCalendar file (RFC 5545): one all-day event per dated procedure. UIDs are stable
// (plan or answers + procedure), so importing the file again updates the events instead of doubling them.

export interface CalendarItem {
  procedure: string
  title: string
  date: string
  description?: string
  location?: string
}

const escapeText = (text: string) =>
  text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n')

/** Folds a content line at 75 octets, never inside a UTF-8 character (RFC 5545 §3.1). */
export function foldLine(line: string): string {
  const encoder = new TextEncoder()
  const parts: string[] = []
  let current = ''
  let size = 0
  for (const char of line) {
    const bytes = encoder.encode(char).length
    const limit = parts.length === 0 ? 75 : 74
    if (size + bytes > limit) {
      parts.push(current)
      current = ''
      size = 0
    }
    current += char
    size += bytes
  }
  parts.push(current)
  return parts.join('\r\n ')
}

const compact = (date: string) => date.replaceAll('-', '')

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + 1)
  return d.toISOString().slice(0, 10)
}

/** A short stable hash for UIDs (FNV-1a). */
export function stableKey(text: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return (hash >>> 0).toString(36)
}

export function toIcs(
  items: readonly CalendarItem[],
  options: { key: string; calendarName: string; now?: Date },
): string {
  const stamp = (options.now ?? new Date())
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Kita City//Tetsuzuki Navi//JA',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.calendarName)}`,
    'X-WR-TIMEZONE:Asia/Tokyo',
  ]
  for (const item of items) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${item.procedure}-${stableKey(options.key)}@tetsuzuki-navi.kita`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compact(item.date)}`,
      `DTEND;VALUE=DATE:${compact(nextDay(item.date))}`,
      `SUMMARY:${escapeText(`${item.title}（期限）`)}`,
      ...(item.description ? [`DESCRIPTION:${escapeText(item.description)}`] : []),
      ...(item.location ? [`LOCATION:${escapeText(item.location)}`] : []),
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    )
  }
  lines.push('END:VCALENDAR')
  return `${lines.map(foldLine).join('\r\n')}\r\n`
}
