// The one schema of the catalog. Types are inferred from it; the validator adds the
// cross-reference checks a schema cannot express. No Vue, no DOM, no fs.
import * as v from 'valibot'

import { MAX_AGE } from '../answers/limits'

const id = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case id like "tennyu" or "kokuho-join"'),
)
const text = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'))
const isoDate = v.pipe(v.string(), v.isoDate('must be a date written YYYY-MM-DD'))
const time = v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time written HH:MM'))
const https = v.pipe(v.string(), v.url('must be a full address'), v.startsWith('https://', 'must start with https://'))

/** A text in the source language plus optional translations kept beside it. */
export const Localized = v.strictObject(
  {
    ja: text,
    'ja-easy': v.optional(text),
    en: v.optional(text),
  },
  'a text has only ja, ja-easy and en (an unquoted comma inside { ja: …, en: … } splits the text: put it in double quotes)',
)

/**
 * What is not confirmed, said plainly (要確認). Written as a plain Japanese string or as a text with
 * translations; always a text once read, so it is translated like any other.
 */
const uncertain = v.optional(
  v.array(
    v.pipe(
      v.union([text, Localized]),
      v.transform((x) => (typeof x === 'string' ? { ja: x } : x)),
    ),
  ),
)

/** How sure we are of a fact: an official Kita page, a second-hand summary of one, or a general rule. */
export const Basis = v.picklist(['kita-official', 'kita-secondary', 'general'])

export const Source = v.object({
  url: https,
  title: v.optional(text),
  verified: isoDate,
  basis: Basis,
})
const sources = v.pipe(v.array(Source), v.minLength(1, 'needs at least one source with url and verified date'))

export const Weekday = v.picklist(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'])

export const Opening = v.object({
  days: v.pipe(v.array(Weekday), v.minLength(1)),
  open: time,
  close: time,
})

/** Openings beyond the regular week: evening desks and Sunday openings. */
export const ExtraOpening = v.object({
  label: Localized,
  pattern: v.picklist(['nth-weekday', 'announced']),
  weekday: v.optional(Weekday),
  nth: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5))),
  open: time,
  close: time,
  handles: v.pipe(v.array(v.picklist(['certificates', 'moves'])), v.minLength(1)),
  exceptMonths: v.optional(v.array(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(12)))),
  uncertain: v.optional(v.boolean()),
})

export const Counter = v.object({
  id,
  name: Localized,
  floor: v.optional(Localized),
  tel: v.optional(text),
  uncertain,
})

export const Office = v.object({
  id,
  name: Localized,
  kind: v.picklist(['ward', 'outside']),
  address: text,
  postalCode: v.optional(text),
  tel: v.optional(text),
  access: v.optional(Localized),
  hours: v.pipe(v.array(Opening), v.minLength(1)),
  closedOn: Localized,
  extra: v.optional(v.array(ExtraOpening)),
  counters: v.pipe(v.array(Counter), v.minLength(1, 'an office needs at least one counter')),
  uncertain,
  sources,
})

export type Rule =
  | { is: Record<string, string[]> }
  | { age: { min?: number; max?: number; of?: string } }
  | { all: Rule[] }
  | { any: Rule[] }
  | { not: Rule }

export const Rule: v.GenericSchema<Rule> = v.union(
  [
    v.strictObject({ is: v.record(v.string(), v.pipe(v.array(v.string()), v.minLength(1, 'lists no value'))) }),
    v.strictObject({
      age: v.strictObject({
        min: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
        max: v.optional(v.pipe(v.number(), v.integer(), v.maxValue(MAX_AGE))),
        /** Whose age: an "ages" or "age" question (default "ages", the people concerned). */
        of: v.optional(v.string()),
      }),
    }),
    v.strictObject({ all: v.pipe(v.array(v.lazy(() => Rule)), v.minLength(1)) }),
    v.strictObject({ any: v.pipe(v.array(v.lazy(() => Rule)), v.minLength(1)) }),
    v.strictObject({ not: v.lazy(() => Rule) }),
  ],
  'must be one of {is}, {age}, {all}, {any}, {not}',
)

/** What the fields every deadline kind shares mean. */
const dueCommon = {
  law: v.optional(text),
  text: Localized,
  /**
   * The first day the procedure can be done, in days from the event (0: the event day itself,
   * -14: two weeks before it). Absent: from the event day for deadlines after it, unknown for "before".
   */
  opens: v.optional(v.pipe(v.number(), v.integer(), v.minValue(-366), v.maxValue(366))),
  /** A private company's own deadline: it is not moved off the ward's closed days. */
  keepOnClosedDays: v.optional(v.boolean()),
  /** What happens when it is missed: a fine (with the law), a lost benefit month, a gap in cover, or nothing. */
  consequence: v.optional(
    v.object({
      kind: v.picklist(['fine', 'benefit-lost', 'coverage-gap', 'right-lost', 'none']),
      text: Localized,
      law: v.optional(text),
    }),
  ),
}

/** Legal counting of a deadline from the event day. */
export const Due = v.variant('kind', [
  v.object({
    kind: v.literal('days'),
    days: v.pipe(v.number(), v.integer(), v.minValue(1)),
    countFirstDay: v.boolean(),
    ...dueCommon,
  }),
  v.object({ kind: v.literal('months'), months: v.pipe(v.number(), v.integer(), v.minValue(1)), ...dueCommon }),
  v.object({ kind: v.literal('before'), ...dueCommon }),
  v.object({ kind: v.literal('none'), ...dueCommon }),
  v.object({ kind: v.literal('unknown'), ...dueCommon }),
])

export const Trigger = v.object({
  event: id,
  when: v.optional(Rule),
  due: Due,
})

export const DocumentUse = v.object({
  id,
  use: v.picklist(['submit', 'show']),
  /** Who needs it, in words; `if` makes the same condition machine-readable so the list is personal. */
  when: v.optional(Localized),
  if: v.optional(Rule),
  /** Needed whenever the procedure applies; `when` then only says whose or which one. */
  always: v.optional(v.boolean()),
  /** Only when the procedure is brought by one of these events (a new dog's 鑑札, not a move's). */
  events: v.optional(v.pipe(v.array(id), v.minLength(1))),
})

/**
 * How binding a procedure is: a legal filing (required), money or a service only given on
 * application (benefit), advice worth following (recommended), or free choice (optional).
 */
export const Obligation = v.picklist(['required', 'benefit', 'recommended', 'optional'])

export const Online = v.object({
  url: https,
  channel: v.picklist(['mynaportal', 'pittari', 'logoform', 'e-shinsei', 'web']),
  note: v.optional(Localized),
})

export const Procedure = v.object({
  id,
  title: Localized,
  summary: Localized,
  owner: Localized,
  scope: v.picklist(['ward', 'outside']),
  obligation: Obligation,
  handledBy: v.optional(Localized),
  triggers: v.pipe(v.array(Trigger), v.minLength(1, 'needs at least one trigger')),
  offices: v.array(v.object({ office: id, counter: id })),
  documents: v.array(DocumentUse),
  fees: v.optional(Localized),
  online: v.nullable(Online),
  warnings: v.optional(v.array(Localized)),
  services: v.optional(v.array(id)),
  after: v.optional(v.array(id)),
  /** Documents this procedure hands the resident (転出届 → 転出証明書): later steps get them from it. */
  produces: v.optional(v.array(id)),
  uncertain,
  sources,
})

export const DocumentItem = v.object({
  id,
  title: Localized,
  issuer: v.optional(Localized),
  leadTime: v.optional(Localized),
  /** How many days it usually takes to get (by post from a distant 本籍地, say): warns before it is too late. */
  leadTimeDays: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(365))),
  /** Yen per copy, where it costs money (戸籍謄本 ¥450). */
  fee: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  /** A document that can replace several copies of this one (法定相続情報一覧図 for a stack of 戸籍). */
  replacedBy: v.optional(
    v.object({ document: id, atCopies: v.pipe(v.number(), v.integer(), v.minValue(2)), note: Localized }),
  ),
  note: v.optional(Localized),
})

export const Option = v.object({
  value: id,
  label: Localized,
  /** The choice is only possible when this holds (e.g. 後期高齢者医療 needs an age of 65 or more). */
  requires: v.optional(Rule),
  /** What to tell a resident whose earlier answers rule this choice out. */
  conflict: v.optional(Localized),
})

export const Question = v.object({
  id: v.pipe(v.string(), v.regex(/^[a-z][a-zA-Z0-9]*$/, 'must be an answer key like "insurance"')),
  kind: v.picklist(['events', 'single', 'date', 'ages', 'age']),
  label: Localized,
  why: Localized,
  hint: v.optional(Localized),
  options: v.optional(v.array(Option)),
  askedFor: v.optional(v.array(id)),
  when: v.optional(Rule),
  /** For "ages": the words of a "nobody" choice, answered as `none`. */
  none: v.optional(Localized),
  /** For "date": with several dated events chosen, asked once per event as `date.<event>`. */
  perEvent: v.optional(v.boolean()),
  /** Not part of the questions pages: asked from the result, where it settles a document. */
  later: v.optional(v.boolean()),
})

export const LifeEvent = v.object({
  id,
  title: Localized,
  summary: Localized,
  dateLabel: v.optional(Localized),
})

export const Service = v.object({
  id,
  planItem: text,
  title: Localized,
  summary: Localized,
  owner: text,
  since: text,
  url: v.optional(https),
  /**
   * A person helps the resident do it (a class, a support desk): shown on the result under
   * 「手伝ってもらえるところ」 and on the guide page, not closed away with the other services.
   */
  help: v.optional(v.boolean()),
  /** Offered to residents on its own, not only through a procedure: e.g. スマホ講座 to anyone 65+. */
  offer: v.optional(v.object({ events: v.optional(v.array(id)), when: v.optional(Rule) })),
})

export const Files = {
  offices: v.array(Office),
  events: v.array(LifeEvent),
  questions: v.array(Question),
  documents: v.array(DocumentItem),
  services: v.array(Service),
  procedure: Procedure,
  hosts: v.array(v.pipe(v.string(), v.regex(/^[a-z0-9.-]+$/, 'must be a host name'))),
} as const

export type Localized = v.InferOutput<typeof Localized>
export type Source = v.InferOutput<typeof Source>
export type Office = v.InferOutput<typeof Office>
export type Counter = v.InferOutput<typeof Counter>
export type ExtraOpening = v.InferOutput<typeof ExtraOpening>
export type Due = v.InferOutput<typeof Due>
export type Trigger = v.InferOutput<typeof Trigger>
export type Procedure = v.InferOutput<typeof Procedure>
export type DocumentItem = v.InferOutput<typeof DocumentItem>
export type Question = v.InferOutput<typeof Question>
export type LifeEvent = v.InferOutput<typeof LifeEvent>
export type Service = v.InferOutput<typeof Service>
export type Weekday = v.InferOutput<typeof Weekday>
export type Obligation = v.InferOutput<typeof Obligation>
export type DocumentUse = v.InferOutput<typeof DocumentUse>
export type Option = v.InferOutput<typeof Option>

/** The validated catalog as the app and the navigator see it. */
export interface Catalog {
  events: LifeEvent[]
  questions: Question[]
  procedures: Procedure[]
  offices: Office[]
  documents: DocumentItem[]
  services: Service[]
  /** Public holidays (YYYY-MM-DD) from the holiday library, for the ward's closed days. */
  holidays: string[]
}
