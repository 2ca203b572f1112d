// The questions with their words, for the question pages and the answers' summaries.
import questionsPart from 'virtual:catalog/part/questions'

import { dateEventOf } from '../answers/types'
import type { Localized, Question } from './schema'
import { registerPart } from './text-packs'

registerPart('questions', questionsPart)
export const questionWords = questionsPart

// Looked up here rather than through useCatalog(): the question pages need the questions alone, not
// the offices and documents of the base part that useCatalog() brings with it.
const byId = new Map(questionsPart.questions.map((q) => [q.id, q]))

/** A question with its words, by id. */
export const questionById = (id: string): Question | undefined => byId.get(id)

/**
 * The question the page /q/<key> asks: `date.birth` is the date question asked for the birth alone.
 * The life events are chosen on the first screen, never on a question page.
 */
export function pageQuestion(key: string): Question | undefined {
  const event = dateEventOf(key)
  const question = byId.get(event ? 'date' : key)
  return question?.kind === 'events' ? undefined : question
}

/**
 * What "the date" means on the date question, for each chosen event that has a date (the move, the
 * birth, the day one learned of a death), in the order chosen.
 */
export function dateMeanings(events: readonly string[]): Localized[] {
  return events.map((e) => questionsPart.dateLabels[e]).filter((x) => x !== undefined)
}
