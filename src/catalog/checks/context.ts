// What every check of the validator shares: the parsed entries with their file and path, the id
// sets they refer to, and one way to report a problem.
import type * as v from 'valibot'

import type { Files, Question } from '../schema'

export type FileKind = keyof typeof Files

export interface CatalogError {
  file: string
  path: string
  message: string
}

type ItemOf<K extends Exclude<FileKind, 'procedure'>> = v.InferOutput<(typeof Files)[K]>[number]

export interface Entry<T> {
  file: string
  /** Where the entry sits in its file: `[3]` in a list file, empty for a one-entry file. */
  path: string
  item: T
}

export interface Entries {
  offices: Entry<ItemOf<'offices'>>[]
  events: Entry<ItemOf<'events'>>[]
  questions: Entry<ItemOf<'questions'>>[]
  documents: Entry<ItemOf<'documents'>>[]
  services: Entry<ItemOf<'services'>>[]
  procedures: Entry<v.InferOutput<(typeof Files)['procedure']>>[]
  hosts: Set<string>
}

export interface CheckContext extends Entries {
  fail(file: string, path: string, message: string): void
  eventIds: Set<string>
  questionById: Map<string, Question>
  /** Each question's place in the order they are asked. */
  questionOrder: Map<string, number>
}

/** Joins a path inside an entry to the entry's own path: `[3]` + `when` → `[3].when`. */
export const at = (base: string, rest: string) => (base ? `${base}.${rest}` : rest)

export function createContext(entries: Entries, fail: CheckContext['fail']): CheckContext {
  return {
    ...entries,
    fail,
    eventIds: new Set(entries.events.map((e) => e.item.id)),
    questionById: new Map(entries.questions.map((q) => [q.item.id, q.item])),
    questionOrder: new Map(entries.questions.map((q, i) => [q.item.id, i])),
  }
}
