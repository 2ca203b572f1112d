// What a person types, read as answers: full-width digits, 、 or spaces between ages, dates as
// the date picker or a keyboard gives them. The limits are the encoding's own.
import { parseIsoDate } from '../calendar/dates'
import { MAX_AGE, MAX_LIST } from './limits'

/** Ages typed in one field ("３４、 0,5" → 34, 0, 5), or null when something is not an age. */
export function readAges(input: string, max = MAX_LIST): string[] | null {
  const parts = input.normalize('NFKC').split(/[\s,、，]+/).filter(Boolean)
  const ok = parts.length > 0 && parts.length <= max && parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= MAX_AGE)
  return ok ? parts.map((p) => String(Number(p))) : null
}

/** A date typed or picked ("２０２７-０１-１５" too), or null when it is not a real day. */
export function readDate(input: string): string | null {
  const text = input.trim().normalize('NFKC')
  return parseIsoDate(text) ? text : null
}
