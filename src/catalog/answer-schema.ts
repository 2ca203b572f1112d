import type { AnswerSchema } from '../answers/encoding'
import type { Catalog } from './schema'

export function answerSchema(catalog: Pick<Catalog, 'questions' | 'events'>): AnswerSchema {
  return { questions: catalog.questions, eventIds: catalog.events.map((e) => e.id) }
}
