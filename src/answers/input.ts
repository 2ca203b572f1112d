// What a person types, read as answers: full-width digits, 、 or spaces between ages, dates as
// the date picker or a keyboard gives them. The limits are the encoding's own.
import { parseIsoDate } from '../calendar/dates'
import { MAX_AGE, MAX_LIST } from './limits'

/** Ages typed in one field ("３４、 0,5" → 34, 0, 5), or null when something is not an age. */
export function readAges(input: string, max = MAX_LIST): string[] | null {
  const parts = input
    .normalize('NFKC')
    .split(/[\s,、，]+/)
    .filter(Boolean)
  const ok = parts.length > 0 && parts.length <= max && parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= MAX_AGE)
  return ok ? parts.map((p) => String(Number(p))) : null
}

/** A date typed or picked ("２０２７-０１-１５" too), or null when it is not a real day. */
export function readDate(input: string): string | null {
  const text = input.trim().normalize('NFKC')
  return parseIsoDate(text) ? text : null
}

/** An age stepped by a touch (−10, −1, +1, +10) and kept within what the encoding allows. */
export function stepAge(age: number, by: number): number {
  return Math.min(MAX_AGE, Math.max(0, age + by))
}

/** The ages of a touch list as the one field's text ("34, 32, 0"), as if typed. */
export function agesText(ages: readonly number[]): string {
  return ages.join(', ')
}
