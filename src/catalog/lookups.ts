// Questions a screen asks of one catalog item, answered once here rather than by a search in each
// template. Pure: no Vue.
import type { Option, Procedure, Question, Trigger } from './schema'

/** The trigger of a procedure for the life event that brought it: its deadline and the words for it. */
export function triggerFor(procedure: Pick<Procedure, 'triggers'> | undefined, event: string): Trigger | undefined {
  return procedure?.triggers.find((t) => t.event === event)
}

/** The choice of a question that an answer's value names (an unknown value names none). */
export function optionFor(question: Pick<Question, 'options'>, value: string | undefined): Option | undefined {
  return value === undefined ? undefined : question.options?.find((o) => o.value === value)
}
