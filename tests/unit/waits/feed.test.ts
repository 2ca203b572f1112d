import { describe, expect, it } from 'vitest'

import { validateFeed } from '../../../src/waits/feed'
import { contractExample } from './fixtures'

const now = new Date('2026-11-24T10:16:00+09:00')
type Doc = ReturnType<typeof contractExample>
const edit = (change: (doc: Doc & Record<string, unknown>) => void) => {
  const doc = contractExample() as Doc & Record<string, unknown>
  change(doc)
  return doc
}
const firstCounter = (doc: Doc) => doc.offices[0]!.counters[0] as Record<string, unknown>
const withCounter = (field: string, value: unknown) =>
  edit((d) => {
    firstCounter(d)[field] = value
  })
const withoutCounterField = (field: string) =>
  edit((d) => {
    delete firstCounter(d)[field]
  })

describe('a valid document', () => {
  it('is the contract example, used as sent', () => {
    const { document, errors } = validateFeed(contractExample(), now)
    expect(errors).toEqual([])
    expect(document).toEqual(contractExample())
  })

  it('ignores unknown fields at every level', () => {
    const doc = edit((d) => {
      d.vendor = 'x'
      ;(d.offices[0] as Record<string, unknown>).floor = 2
      firstCounter(d).colour = 'red'
    })
    const { document, errors } = validateFeed(doc, now)
    expect(errors).toEqual([])
    expect(document).toEqual(contractExample())
  })

  it('fills a missing calling and estimatedMinutes with null', () => {
    const doc = edit((d) => {
      delete firstCounter(d).calling
      delete firstCounter(d).estimatedMinutes
    })
    expect(validateFeed(doc, now).document?.offices[0]?.counters[0]).toMatchObject({
      calling: null,
      estimatedMinutes: null,
    })
  })

  it('keeps ids the catalog does not know: the consumer ignores them, not the validator', () => {
    const doc = edit((d) => {
      d.offices[1]!.id = 'not-in-the-catalog'
    })
    expect(validateFeed(doc, now).document?.offices[1]?.id).toBe('not-in-the-catalog')
  })
})

describe('the top level decides whether the document is used', () => {
  it.each([
    [
      'version 2',
      edit((d) => {
        d.version = 2
      }),
      'version: must be 1',
    ],
    [
      'version "1"',
      edit((d) => {
        d.version = '1' as never
      }),
      'version: must be 1',
    ],
    [
      'no version',
      edit((d) => {
        delete (d as Partial<Doc>).version
      }),
      'version: is required',
    ],
    [
      'no generatedAt',
      edit((d) => {
        delete (d as Partial<Doc>).generatedAt
      }),
      'generatedAt: is required',
    ],
    [
      'generatedAt without offset',
      edit((d) => {
        d.generatedAt = '2026-11-24T10:15:00'
      }),
      'generatedAt: must be an RFC 3339',
    ],
    [
      'generatedAt with a space',
      edit((d) => {
        d.generatedAt = '2026-11-24 10:15:00+09:00'
      }),
      'generatedAt: must be an RFC 3339',
    ],
    [
      'generatedAt on 30 February',
      edit((d) => {
        d.generatedAt = '2026-02-30T10:15:00+09:00'
      }),
      'generatedAt: must be an RFC 3339',
    ],
    [
      'generatedAt at 24:00',
      edit((d) => {
        d.generatedAt = '2026-11-24T24:00:00+09:00'
      }),
      'generatedAt: must be an RFC 3339',
    ],
    [
      'generatedAt as a number',
      edit((d) => {
        d.generatedAt = 1764000000000 as never
      }),
      'generatedAt: must be a string',
    ],
    [
      'generatedAt 10 MB long',
      edit((d) => {
        d.generatedAt = '2'.repeat(10_000_000)
      }),
      'generatedAt: must be an RFC 3339',
    ],
    [
      'generatedAt 5 min 1 s ahead',
      edit((d) => {
        d.generatedAt = '2026-11-24T10:21:01+09:00'
      }),
      'generatedAt: is more than 5 minutes in the future',
    ],
    [
      'no offices',
      edit((d) => {
        delete (d as Partial<Doc>).offices
      }),
      'offices: is required',
    ],
    [
      'offices not an array',
      edit((d) => {
        d.offices = { oji: {} } as never
      }),
      'offices: must be an array of offices',
    ],
    [
      '101 offices',
      edit((d) => {
        d.offices = Array.from({ length: 101 }, (_, i) => ({ id: `o${i}`, status: 'open', counters: [] }))
      }),
      'offices: must have at most 100 offices (has 101)',
    ],
    [
      'a million offices',
      edit((d) => {
        d.offices = new Array<Doc['offices'][number]>(1_000_000)
      }),
      'offices: must have at most 100 offices (has 1000000)',
    ],
  ])('%s → refused', (_name, doc, message) => {
    const { document, errors } = validateFeed(doc, now)
    expect(document).toBeNull()
    expect(errors.some((e) => e.startsWith(message))).toBe(true)
  })

  it.each([null, [], 'text', 42, true, undefined])('%j is not a document', (json) => {
    expect(validateFeed(json, now)).toEqual({ document: null, errors: ['document: must be a JSON object'] })
  })

  it.each([
    ['Z', '2026-11-24T01:15:00Z'],
    ['lower-case t and z', '2026-11-24t01:15:00z'],
    ['fractional seconds', '2026-11-24T10:15:00.123456+09:00'],
    ['another offset', '2026-11-23T20:15:00-05:00'],
    ['4 min 59 s ahead (clock skew)', '2026-11-24T10:20:59+09:00'],
    ['last week', '2026-11-17T10:15:00+09:00'],
  ])('generatedAt with %s is accepted', (_name, generatedAt) => {
    expect(
      validateFeed(
        edit((d) => {
          d.generatedAt = generatedAt
        }),
        now,
      ).document,
    ).not.toBeNull()
  })
})

describe('a bad entry is dropped alone and named', () => {
  it.each([
    ['waiting -1', withCounter('waiting', -1), 'offices[0].counters[0].waiting: must be 0–999'],
    ['waiting 1000', withCounter('waiting', 1000), 'offices[0].counters[0].waiting: must be 0–999'],
    ['waiting 1.5', withCounter('waiting', 1.5), 'offices[0].counters[0].waiting: must be an integer'],
    ['waiting "12"', withCounter('waiting', '12'), 'offices[0].counters[0].waiting: must be an integer'],
    ['waiting NaN', withCounter('waiting', Number.NaN), 'offices[0].counters[0].waiting: must be an integer'],
    [
      'waiting Infinity',
      withCounter('waiting', Number.POSITIVE_INFINITY),
      'offices[0].counters[0].waiting: must be an integer',
    ],
    ['waiting null', withCounter('waiting', null), 'offices[0].counters[0].waiting: must be an integer'],
    ['no waiting', withoutCounterField('waiting'), 'offices[0].counters[0].waiting: is required'],
    ['no status', withoutCounterField('status'), 'offices[0].counters[0].status: is required'],
    [
      'status "busy"',
      withCounter('status', 'busy'),
      'offices[0].counters[0].status: must be open, closed or suspended',
    ],
    ['calling 10000', withCounter('calling', 10_000), 'offices[0].counters[0].calling: must be 0–9999'],
    [
      'estimatedMinutes 601',
      withCounter('estimatedMinutes', 601),
      'offices[0].counters[0].estimatedMinutes: must be 0–600',
    ],
    [
      'estimatedMinutes "25"',
      withCounter('estimatedMinutes', '25'),
      'offices[0].counters[0].estimatedMinutes: must be an integer',
    ],
    [
      'counter id of 61 characters',
      withCounter('id', 'a'.repeat(61)),
      'offices[0].counters[0].id: must be at most 60 characters',
    ],
    [
      'counter id in capitals',
      withCounter('id', 'OJI-REGISTRATION'),
      'offices[0].counters[0].id: must be a lower-case id',
    ],
    [
      'counter that is a string',
      edit((d) => {
        ;(d.offices[0]!.counters as unknown[])[0] = 'oji-registration'
      }),
      'offices[0].counters[0]: must be an object',
    ],
  ])('counter with %s', (_name, doc, message) => {
    const { document, errors } = validateFeed(doc, now)
    expect(errors).toEqual([expect.stringContaining(message)])
    expect(errors[0]!.startsWith(message)).toBe(true)
    expect(document?.offices[0]?.counters.map((c) => c.id)).toEqual(['oji-certificates'])
    expect(document?.offices.map((o) => o.id)).toEqual(['oji', 'takinogawa'])
  })

  it.each([
    [
      'an id of 41 characters',
      edit((d) => {
        d.offices[0]!.id = 'a'.repeat(41)
      }),
      'offices[0].id: must be at most 40 characters',
    ],
    [
      'an id with a space',
      edit((d) => {
        d.offices[0]!.id = 'oji '
      }),
      'offices[0].id: must be a lower-case id',
    ],
    [
      'status "busy"',
      edit((d) => {
        d.offices[0]!.status = 'busy'
      }),
      'offices[0].status: must be open, closed or suspended',
    ],
    [
      'no counters',
      edit((d) => {
        delete (d.offices[0] as Partial<Doc['offices'][0]>).counters
      }),
      'offices[0].counters: is required',
    ],
    [
      'counters not an array',
      edit((d) => {
        d.offices[0]!.counters = 'none' as never
      }),
      'offices[0].counters: must be an array of counters',
    ],
    [
      '101 counters',
      edit((d) => {
        d.offices[0]!.counters = Array.from({ length: 101 }, (_, i) => ({
          id: `c${i}`,
          status: 'open',
          waiting: 1,
          calling: 1,
          estimatedMinutes: 1,
        }))
      }),
      'offices[0].counters: must have at most 100 counters (has 101)',
    ],
    [
      'an office that is null',
      edit((d) => {
        ;(d.offices as unknown[])[0] = null
      }),
      'offices[0]: must be an object',
    ],
    [
      'an office that is an array',
      edit((d) => {
        ;(d.offices as unknown[])[0] = []
      }),
      'offices[0]: must be an object',
    ],
  ])('office with %s', (_name, doc, message) => {
    const { document, errors } = validateFeed(doc, now)
    expect(errors).toHaveLength(1)
    expect(errors[0]!.startsWith(message)).toBe(true)
    expect(document?.offices.map((o) => o.id)).toEqual(['takinogawa'])
  })

  it('keeps the first of two entries with one id', () => {
    const doc = edit((d) => {
      d.offices.push({ id: 'oji', status: 'closed', counters: [] })
      d.offices[0]!.counters.push({
        id: 'oji-registration',
        status: 'open',
        waiting: 99,
        calling: 1,
        estimatedMinutes: 1,
      })
    })
    const { document, errors } = validateFeed(doc, now)
    expect(errors).toEqual([
      'offices[0].counters[2].id: "oji-registration" repeats offices[0].counters[0]; the first is used',
      'offices[2].id: "oji" repeats offices[0]; the first is used',
    ])
    expect(document?.offices.map((o) => `${o.id}:${o.status}`)).toEqual(['oji:open', 'takinogawa:closed'])
    expect(document?.offices[0]?.counters.map((c) => c.waiting)).toEqual([12, 3])
  })

  it('lists a few hundred problems at most, however many entries are bad', () => {
    const doc = edit((d) => {
      d.offices = Array.from({ length: 100 }, (_, i) => ({
        id: `o${i}`,
        status: 'open',
        counters: Array.from({ length: 100 }, () => ({
          id: 'c',
          status: 'open',
          waiting: -1,
          calling: 1,
          estimatedMinutes: 1,
        })),
      }))
    })
    const { document, errors } = validateFeed(doc, now)
    expect(document?.offices).toHaveLength(100)
    expect(errors).toHaveLength(201)
    expect(errors.at(-1)).toBe('… and 9800 more')
  })

  it('never throws, even on a document whose getter throws', () => {
    const trap = Object.defineProperty({}, 'version', {
      get() {
        throw new Error('boom')
      },
    })
    expect(validateFeed(trap, now)).toEqual({ document: null, errors: ['document: could not be read'] })
  })
})

describe('exotic objects (not from JSON.parse)', () => {
  const trap = () =>
    new Proxy(
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

  it('a throwing counter or office is dropped alone', () => {
    const doc = edit((d) => {
      ;(d.offices[0]!.counters as unknown[])[1] = trap()
      ;(d.offices as unknown[]).push(trap())
    })
    const { document, errors } = validateFeed(doc, now)
    expect(errors).toEqual(['offices[0].counters[1]: could not be read', 'offices[2]: could not be read'])
    expect(document?.offices.map((o) => o.counters.length)).toEqual([1, 0])
  })
})
