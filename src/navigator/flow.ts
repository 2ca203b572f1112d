// Which question comes next. One question a page, in catalog order, asked only for the chosen
// life events and only while it can still change something; an answer of わからない ("unknown")
// counts as answered, so the flow always ends.
import { type Answers, dateKey, known } from '../answers/types'
import type { Question, Rule } from '../catalog/schema'
import { choicesContext, evaluate, type RuleContext } from '../rules/rules'

type FlowQuestion = Pick<Question, 'id' | 'kind' | 'askedFor' | 'when' | 'perEvent' | 'later'> & {
  options?: readonly { value: string; requires?: Rule }[]
}

/** A question as asked on a page: a catalog question, or one event's own date (`date.birth`). */
export type Asked<Q> = Q & { key: string; event?: string }

/** The chosen events a per-event date question is asked for, in the order they were chosen. */
export function datedEvents(question: Pick<Question, 'askedFor'>, answers: Answers): string[] {
  const events = known(answers, 'events') ?? []
  return events.filter((e) => (question.askedFor ?? []).includes(e))
}

function applies<Q extends FlowQuestion>(
  q: Q,
  answers: Answers,
  events: readonly string[],
  context: RuleContext,
): boolean {
  if (q.kind === 'events') return true
  if (q.later || !(q.askedFor ?? []).some((e) => events.includes(e))) return false
  if (evaluate(q.when, answers, context).value === 'no') return false
  // A choice the other answers already settle (only one option left) is not asked again.
  const possible = context.possible(q.id)
  return !possible || possible.length > 1 || q.id in answers
}

/** The questions that matter for these answers, in the order they are asked. */
export function relevantQuestions<Q extends FlowQuestion>(questions: readonly Q[], answers: Answers): Asked<Q>[] {
  const events = known(answers, 'events') ?? []
  const context = choicesContext(questions, answers)
  return questions
    .filter((q) => applies(q, answers, events, context))
    .flatMap((q): Asked<Q>[] => {
      const dated = q.perEvent ? datedEvents(q, answers) : []
      // Several dated events each get their own date: a move and a birth are rarely on one day.
      return dated.length > 1 ? dated.map((event) => ({ ...q, key: dateKey(event), event })) : [{ ...q, key: q.id }]
    })
}

/** The first relevant question not answered yet, or null when the result can be shown. */
export function nextQuestion<Q extends FlowQuestion>(questions: readonly Q[], answers: Answers): Asked<Q> | null {
  if (!known(answers, 'events')) {
    const first = questions.find((q) => q.kind === 'events')
    return first ? { ...first, key: first.id } : null
  }
  return relevantQuestions(questions, answers).find((q) => !answers[q.key]?.length) ?? null
}

/** Questions asked from the result only: they settle a "maybe" document (a 委任状, say). */
export function laterQuestions<Q extends FlowQuestion>(questions: readonly Q[]): Q[] {
  return questions.filter((q) => q.later)
}
