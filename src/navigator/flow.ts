// Which question comes next. One question a page, in catalog order, asked only for the chosen
// life events; an answer of わからない ("unknown") counts as answered, so the flow always ends.
import type { Question } from '../catalog/schema'
import { known, type Answers } from '../answers/types'
import { evaluate } from '../rules/rules'

type FlowQuestion = Pick<Question, 'id' | 'kind' | 'askedFor' | 'when'>

/** The questions that matter for these answers, in the order they are asked. */
export function relevantQuestions<Q extends FlowQuestion>(questions: readonly Q[], answers: Answers): Q[] {
  const events = known(answers, 'events') ?? []
  return questions.filter((q) =>
    q.kind === 'events'
    || ((q.askedFor ?? []).some((e) => events.includes(e)) && evaluate(q.when, answers).value !== 'no'))
}

/** The first relevant question not answered yet, or null when the result can be shown. */
export function nextQuestion<Q extends FlowQuestion>(questions: readonly Q[], answers: Answers): Q | null {
  if (!known(answers, 'events')) return questions.find((q) => q.kind === 'events') ?? null
  return relevantQuestions(questions, answers).find((q) => !answers[q.id]?.length) ?? null
}
