// Deterministic generators of answer query strings for the fuzz test: valid strings from the catalog,
// then mutated the ways links get damaged in the wild (cut, doubled, re-encoded, tampered with).
import type { Catalog } from '../../../src/catalog/schema'
import { prng, type Random } from '../../helpers/prng'

export { prng, type Random }

const int = (r: Random, n: number) => Math.floor(r() * n)
const pick = <T>(r: Random, xs: readonly T[]): T => xs[int(r, xs.length)] as T

export const VALID_SEEDS = [
  'events=move-in,birth&date=2026-12-20&from=other-city&insurance=kokuho&ages=34,0',
  'events=move-out&date=2027-03-31&to=abroad&nationality=other&insurance=employee&ages=29',
  'events=death&date=2026-01-04&insurance=koki&ages=82,79',
  'events=marriage&date=2026-06-06&card=yes&namechange=yes',
  'events=move-within&date=2026-12-28&card=unknown&dog=yes&moped=no&ages=40,38,7,3',
  'events=pet&date=2026-05-01',
  'events=job-leave&date=2026-04-01&insurance=none&ages=unknown',
  'date=unknown&events=birth',
  'events=move-in,move-out,move-within,birth,death,marriage,divorce&date=1900-01-01&ages=130,0,0',
  'events=care,nursery,school,pet,pregnancy,residence-renewal&date=2100-12-31&ages=0',
  '',
]

/** A random valid answers string: some events, and for each question a value it accepts. */
export function validAnswers(r: Random, catalog: Catalog): string {
  const parts: string[] = []
  for (const q of catalog.questions) {
    if (r() < 0.3) continue
    if (r() < 0.1) {
      parts.push(`${q.id}=unknown`)
      continue
    }
    switch (q.kind) {
      case 'events':
        parts.push(
          `${q.id}=${
            catalog.events
              .filter(() => r() < 0.25)
              .map((e) => e.id)
              .join(',') || 'move-in'
          }`,
        )
        break
      case 'date':
        parts.push(
          `${q.id}=${2020 + int(r, 10)}-${String(1 + int(r, 12)).padStart(2, '0')}-${String(1 + int(r, 28)).padStart(2, '0')}`,
        )
        break
      case 'ages':
        parts.push(`${q.id}=${Array.from({ length: 1 + int(r, 5) }, () => int(r, 100)).join(',')}`)
        break
      case 'single':
        parts.push(`${q.id}=${q.options?.length ? pick(r, q.options).value : 'unknown'}`)
        break
    }
  }
  return parts.sort(() => r() - 0.5).join('&')
}

const ODD_CHARS = [
  '&',
  '=',
  ',',
  '%',
  '+',
  ' ',
  '?',
  '#',
  ';',
  '/',
  '\\',
  '"',
  "'",
  '<',
  '>',
  '\0',
  '\n',
  '\t',
  'あ',
  '転',
  'ｅ',
  '\u200b',
  '\ufeff',
  '\u202e',
  '\ud800',
  '\udfff',
  '😀',
  'ß',
  'İ',
  'ﬁ',
  '١',
  '３',
  '-',
  '_',
  '.',
  '~',
]
const BAD_PERCENT = [
  '%',
  '%E0%A4%A',
  '%ZZ',
  '%C0%AF',
  '%FF%FE',
  '%00',
  '%2',
  '%%',
  '%u3042',
  '%ED%A0%80',
  '%F0%9F%98',
  '%26',
  '%3D',
  '%2C',
]
const EVIL_PAIRS = [
  '__proto__=1',
  '__proto__[events]=birth',
  'constructor=x',
  'constructor.prototype.polluted=1',
  'prototype=1',
  'toString=1',
  'hasOwnProperty=events',
  'valueOf=',
  '__proto__=events',
  'events[]=birth',
  'events.length=0',
]
const EMPTY_BITS = ['=&=&', '=', '&&', '=x', '&=', '?', '??', '&', '==', '=,=']
const NUMBERS = [
  '9'.repeat(400),
  '1e309',
  '-1',
  '-0',
  'NaN',
  'Infinity',
  '0x1F',
  '1.5',
  '３４',
  '١٢',
  '000000034',
  '131',
  '99999999999999999999',
]
const KEYS = ['events', 'date', 'from', 'to', 'nationality', 'card', 'insurance', 'ages', 'dog', 'moped', 'namechange']

const utf8 = new TextEncoder()
/** Percent-encodes every byte, letters included (%65 for e), as some mail clients do. */
const percent = (c: string) =>
  [...utf8.encode(c)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('')
const at = (s: string, r: Random) => int(r, s.length + 1)
const insert = (s: string, r: Random, x: string) => {
  const i = at(s, r)
  return s.slice(0, i) + x + s.slice(i)
}

const MUTATIONS: ((s: string, r: Random) => string)[] = [
  (s, r) => {
    const i = at(s, r)
    return s.slice(0, i) + s.slice(i + 1 + int(r, 3))
  },
  (s, r) => insert(s, r, pick(r, ODD_CHARS)),
  (s, r) => {
    const i = at(s, r)
    const j = Math.min(s.length, i + int(r, 12))
    return s.slice(0, j) + s.slice(i, j) + s.slice(j)
  },
  (s, r) => {
    const i = int(r, s.length)
    return s.slice(0, i) + percent(s[i] ?? '&') + s.slice(i + 1)
  },
  (s, r) => insert(s, r, pick(r, BAD_PERCENT)),
  (s, r) => s.replace(/\d+/, pick(r, NUMBERS)),
  (s, r) => (r() < 0.5 ? `${pick(r, EVIL_PAIRS)}&${s}` : `${s}&${pick(r, EVIL_PAIRS)}`),
  (s, r) => `${s}&${pick(r, s.split('&'))}`,
  (s, r) => `${s}&${pick(r, KEYS)}=${pick(r, ['move-in', 'yes', '2026-01-01', '5', 'unknown', ''])}`,
  (s, r) =>
    `${s}&${pick(r, KEYS)}=${pick(r, ['x', 'move-in,', '1,', 'unknown,'])}`.padEnd(
      s.length + 5000,
      pick(r, ['x', 'move-in,', '1,']),
    ),
  (s, r) => insert(s, r, pick(r, EMPTY_BITS)),
  (s) => s.split('&').reverse().join('&'),
  (s, r) => s.replace(pick(r, ['&', ',', '=']), pick(r, ['&', ',', '=', ';', '&amp;', ''])),
  (s, r) => {
    const i = at(s, r)
    return s.slice(0, i) + s.slice(i).toUpperCase()
  },
  (s, r) => insert(s, r, pick(r, ['+', ' ', '%20', '%2B', '\u3000'])),
  (s) => s.normalize('NFKD').replace(/[a-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)),
]

export function mutate(s: string, r: Random): string {
  let out = s
  for (let n = 1 + int(r, 4); n > 0; n--) out = pick(r, MUTATIONS)(out, r)
  return out
}

/** A string of random code units, now and then a whole random code point. */
export function noise(r: Random): string {
  let out = ''
  for (let n = int(r, 300); n > 0; n--) {
    out +=
      r() < 0.7 ? pick(r, [...'events=date&ages,0123456789-%', ...ODD_CHARS]) : String.fromCodePoint(int(r, 0x110000))
  }
  return out
}
