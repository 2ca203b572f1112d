// RFC 3339 date-times as the feed sends them ("2026-11-24T10:15:00+09:00"). Date.parse is not used:
// it accepts many other shapes, differs between engines and would read a time without offset as local.
const PATTERN = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/

/** Milliseconds since the epoch, or null when the text is not a valid RFC 3339 date-time with offset. */
export function parseRfc3339(text: string): number | null {
  if (text.length > 40) return null
  const m = PATTERN.exec(text)
  if (!m) return null
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ]
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate()
  if (month < 1 || month > 12 || day < 1 || day > lastDay || hour > 23 || minute > 59 || second > 59) return null
  let offset = 0
  if (!m[8]) {
    const oh = Number(m[10])
    const om = Number(m[11])
    if (oh > 23 || om > 59) return null
    offset = (m[9] === '-' ? -1 : 1) * (oh * 60 + om)
  }
  const fraction = m[7] ? Math.floor(Number(`0${m[7]}`) * 1000) : 0
  const utc = new Date(Date.UTC(year, month - 1, day, hour, minute, second, fraction))
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear puts them back.
  utc.setUTCFullYear(year)
  return utc.getTime() - offset * 60_000
}
