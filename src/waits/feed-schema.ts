// The waits feed, version 1 (docs/waits-feed-contract.md, docs/waits-feed.schema.json), as one valibot
// schema. Types are inferred from it. Unknown fields are ignored: valibot's object() copies only these keys.
import * as v from 'valibot'

import { parseRfc3339 } from './rfc3339'

/** The contract's limit on offices per document and counters per office. */
export const MAX_ITEMS = 100

const int = (max: number) =>
  v.pipe(
    v.number('must be an integer'),
    v.integer('must be an integer'),
    v.minValue(0, `must be 0–${max}`),
    v.maxValue(max, `must be 0–${max}`),
  )
const idOf = (max: number) =>
  v.pipe(
    v.string('must be a string'),
    v.maxLength(max, `must be at most ${max} characters`),
    v.regex(new RegExp(`^[a-z0-9-]{1,${max}}$`), 'must be a lower-case id (a–z, 0–9, -)'),
  )

export const FeedStatus = v.picklist(['open', 'closed', 'suspended'], 'must be open, closed or suspended')

export const FeedCounter = v.object(
  {
    id: idOf(60),
    status: FeedStatus,
    waiting: int(999),
    // Optional in the contract; filled with null so the app has one shape to read.
    calling: v.optional(v.nullable(int(9999)), null),
    estimatedMinutes: v.optional(v.nullable(int(600)), null),
  },
  'must be an object',
)

const list = <T extends v.GenericSchema>(item: T, what: string) =>
  v.pipe(v.array(item, `must be an array of ${what}`), v.maxLength(MAX_ITEMS, `must have at most ${MAX_ITEMS} ${what}`))

export const FeedOffice = v.object(
  {
    id: idOf(40),
    status: FeedStatus,
    counters: list(FeedCounter, 'counters'),
  },
  'must be an object',
)

export const WaitsDocumentSchema = v.object(
  {
    version: v.literal(1, 'must be 1 (a client ignores versions it does not know)'),
    generatedAt: v.pipe(
      v.string('must be a string'),
      v.check(
        (text) => parseRfc3339(text) !== null,
        'must be an RFC 3339 date-time with offset, like 2026-11-24T10:15:00+09:00',
      ),
    ),
    offices: list(FeedOffice, 'offices'),
  },
  'must be a JSON object',
)

export type FeedStatus = v.InferOutput<typeof FeedStatus>
export type FeedCounter = v.InferOutput<typeof FeedCounter>
export type FeedOffice = v.InferOutput<typeof FeedOffice>
export type WaitsDocument = v.InferOutput<typeof WaitsDocumentSchema>
