import type { AnswerSchema } from '../answers/encoding'
import type { Catalog } from './schema'

export function answerSchema(catalog: {
  questions: AnswerSchema['questions']
  events: Pick<Catalog['events'][number], 'id'>[]
}): AnswerSchema {
  return { questions: catalog.questions, eventIds: catalog.events.map((e) => e.id) }
}
