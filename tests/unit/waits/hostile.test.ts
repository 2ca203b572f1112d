// A corpus of hostile documents, generated from a fixed seed: each goes through the validator and the
// reducer. Nothing may throw, and after every refused document the last good data must still be there.
import { describe, expect, it } from 'vitest'

import { validateFeed } from '../../../src/waits/feed'
import { initialWaitsState, reduceWaits, view, type WaitsState } from '../../../src/waits/state'
import { at, calendar, everyOfficeOpen, offices } from './fixtures'

const now = at('2026-11-24', '10:16')
const GOOD = everyOfficeOpen('2026-11-24T10:15:00+09:00', 7)

function seeded(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

function nested(depth: number, wrap: (inner: unknown) => unknown): unknown {
  let value: unknown = 1
  for (let i = 0; i < depth; i++) value = wrap(value)
  return value
}

// Built once and shared by reference, so the corpus stays cheap to hold.
const TEN_MB = 'x'.repeat(10 * 1024 * 1024)
const HUNDRED_K = Array.from({ length: 100_000 }, (_, i) => ({ id: `c${i}`, status: 'open', waiting: 1 }))
const MILLION = new Array(1_000_000).fill(0)
const DEEP_OBJECT = nested(100_000, (inner) => ({ a: inner }))
const DEEP_ARRAY = nested(100_000, (inner) => [inner])
const throwing = new Proxy(
  {},
  {
    get() {
      throw new Error('trap')
    },
    has() {
      throw new Error('trap')
    },
  },
)

const VALUES: unknown[] = [
  null,
  undefined,
  true,
  false,
  0,
  -1,
  -0,
  0.5,
  1.5,
  999.0000001,
  1000,
  10_000,
  601,
  2 ** 53,
  -(2 ** 53),
  1e308,
  -1e308,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  10n,
  Symbol('s'),
  () => 1,
  new Date(),
  /x/,
  '',
  ' ',
  '0',
  '1',
  '-1',
  'NaN',
  'Infinity',
  '1e3',
  '\u0000',
  '\u202e',
  'open ',
  'OPEN',
  'Open',
  'oji\n',
  '<script>',
  TEN_MB,
  [],
  [1],
  {},
  MILLION,
  HUNDRED_K,
  DEEP_OBJECT,
  DEEP_ARRAY,
  Object.create(null),
  throwing,
  JSON.parse('{"__proto__":{"polluted":true}}'),
  JSON.parse('{"constructor":{"prototype":{"polluted":true}}}'),
]
const GENERATED_AT = [
  '2026-11-24T10:21:01+09:00',
  '2027-11-24T10:15:00+09:00',
  '9999-12-31T23:59:59Z',
  '2026-11-24T10:15:00',
  '2026-11-24 10:15:00+09:00',
  '2026-13-01T00:00:00+09:00',
  '2026-02-30T10:00:00+09:00',
  '2026-11-24T24:00:00Z',
  '2026-11-24T10:15:60Z',
  '2026-11-24T10:15:00+9:00',
  '+002026-11-24T10:15:00Z',
  '2026-11-24T10:15:00+24:00',
  '20261124T101500Z',
  'yesterday',
  '1764000000',
  '2026-11-24T10:15:00.1234567890Z',
]
const VERSIONS = [0, 2, 1.1, -1, '1', 'v1', [1], { major: 1 }, null, true]
const KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '', ' ', 'id ', 'Id']

type Doc = Record<string, unknown>
const random = seeded(20261124)
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T
const rows = (x: unknown): Doc[] =>
  Array.isArray(x) && x.length <= 100 ? x.filter((r): r is Doc => typeof r === 'object' && r !== null) : []

function anyOffice(doc: Doc): Doc | undefined {
  return pick(rows(doc.offices))
}
function anyCounter(doc: Doc): Doc | undefined {
  const office = anyOffice(doc)
  return office && pick(rows(office.counters))
}
const setOwn = (row: Doc | undefined, key: string, value: unknown) => {
  if (row) Object.defineProperty(row, key, { value, enumerable: true, configurable: true, writable: true })
}

const MUTATIONS: ((doc: Doc) => unknown)[] = [
  (doc) => {
    doc.version = pick(VERSIONS)
    return doc
  },
  (doc) => {
    doc.generatedAt = pick([...GENERATED_AT, ...VALUES])
    return doc
  },
  (doc) => {
    doc.offices = pick(VALUES)
    return doc
  },
  (doc) => {
    delete doc[pick(['version', 'generatedAt', 'offices'])]
    return doc
  },
  (doc) => {
    const o = anyOffice(doc)
    if (o) o[pick(['id', 'status', 'counters'])] = pick(VALUES)
    return doc
  },
  (doc) => {
    const o = anyOffice(doc)
    if (o) delete o[pick(['id', 'status', 'counters'])]
    return doc
  },
  (doc) => {
    const c = anyCounter(doc)
    if (c) c[pick(['id', 'status', 'waiting', 'calling', 'estimatedMinutes'])] = pick(VALUES)
    return doc
  },
  (doc) => {
    const c = anyCounter(doc)
    if (c) delete c[pick(['id', 'status', 'waiting'])]
    return doc
  },
  (doc) => {
    setOwn(pick([doc, anyOffice(doc), anyCounter(doc)]), pick(KEYS), pick(VALUES))
    return doc
  },
  (doc) => {
    const list = doc.offices
    if (Array.isArray(list) && list.length < 100) list.splice(Math.floor(random() * list.length), 1, pick(VALUES))
    return doc
  },
  (doc) => {
    const o = anyOffice(doc)
    const list = o?.counters
    if (Array.isArray(list) && list.length < 100) list.push(pick(VALUES))
    return doc
  },
  (doc) => {
    const list = doc.offices
    if (Array.isArray(list) && list.length < 100 && list[0]) list.push(structuredClone(list[0]))
    return doc
  },
  (doc) => {
    const o = anyOffice(doc)
    const list = o?.counters
    if (Array.isArray(list) && list.length < 100 && list[0]) list.push({ ...list[0] })
    return doc
  },
  (doc) => {
    doc.offices = Array.from({ length: 101 }, () => ({ id: 'oji', status: 'open', counters: [] }))
    return doc
  },
  (doc) => {
    const o = anyOffice(doc)
    if (o) o.counters = pick([HUNDRED_K, MILLION, DEEP_ARRAY])
    return doc
  },
  () => pick(VALUES),
  (doc) => {
    // Damage the JSON text itself; what still parses is a document some server could really send.
    const i = random()
    try {
      const text = JSON.stringify(doc) ?? ''
      const at = Math.floor(i * text.length)
      return JSON.parse(
        text.slice(0, at) + pick(['"', '-', '9', '}', 'e', '"__proto__":1,', 'null']) + text.slice(at + 1),
      ) as unknown
    } catch {
      return pick(VALUES) // BigInt, a proxy or deep nesting: not serialisable, which is hostile enough
    }
  },
]

function hostileCorpus(size: number): unknown[] {
  return Array.from({ length: size }, () => {
    let doc: unknown = structuredClone(GOOD)
    const count = 1 + Math.floor(random() * 3)
    for (let i = 0; i < count && typeof doc === 'object' && doc !== null && !Array.isArray(doc); i++) {
      const mutate = pick(MUTATIONS)
      try {
        doc = mutate(doc as Doc)
      } catch {
        doc = pick(VALUES)
      }
    }
    return doc
  })
}

describe('a hostile corpus', () => {
  const corpus = hostileCorpus(1_200)

  it('never makes the validator or the reducer throw, and never loses the last good data', () => {
    let state: WaitsState = reduceWaits(initialWaitsState, { type: 'received', json: GOOD, at: now })
    let throws = 0
    let refused = 0
    for (const doc of corpus) {
      const before = state.good
      try {
        const { document, errors } = validateFeed(doc, now)
        state = reduceWaits(state, { type: 'received', json: doc, at: now })
        if (document === null) {
          refused += 1
          expect(errors.length).toBeGreaterThan(0)
          expect(state.good).toBe(before)
        } else {
          // What is accepted is plain data: it serialises for the device store and validates again cleanly.
          expect(validateFeed(JSON.parse(JSON.stringify(document)), now).errors).toEqual([])
        }
        view(state, now, calendar, offices)
      } catch (error) {
        throws += 1
        if (throws < 3) console.error(error)
      }
    }
    expect(throws).toBe(0)
    expect(refused).toBeGreaterThan(300)
    expect(state.good).not.toBeNull()
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.prototype).not.toHaveProperty('polluted')
  }, 60_000)

  it('has at least a thousand documents, most of them broken somewhere', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(1_000)
    const broken = corpus.filter((doc) => {
      const r = validateFeed(doc, now)
      return r.document === null || r.errors.length > 0
    })
    expect(broken.length).toBeGreaterThan(corpus.length * 0.8)
  })
})
