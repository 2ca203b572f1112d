// Questions a screen asks of one catalog item, answered once here rather than by a search in each
// template. Pure: no Vue.
import type { Localized, Office, Option, Procedure, Question, Service, Trigger } from './schema'

/** The trigger of a procedure for the life event that brought it: its deadline and the words for it. */
export function triggerFor(procedure: Pick<Procedure, 'triggers'> | undefined, event: string): Trigger | undefined {
  return procedure?.triggers.find((t) => t.event === event)
}

/** The choice of a question that an answer's value names (an unknown value names none). */
export function optionFor(question: Pick<Question, 'options'>, value: string | undefined): Option | undefined {
  return value === undefined ? undefined : question.options?.find((o) => o.value === value)
}

/** The choices of a question the earlier answers still allow (all of them when nothing rules any out). */
export function possibleOptions(
  question: Pick<Question, 'options'>,
  possible: readonly string[] | null | undefined,
): Option[] {
  return question.options?.filter((o) => !possible || possible.includes(o.value)) ?? []
}

/** What is not confirmed about an office: its own notes, then each counter's, in the catalog's order. */
export function officeUncertain(office: Pick<Office, 'uncertain' | 'counters'> | undefined): Localized[] {
  return [...(office?.uncertain ?? []), ...(office?.counters.flatMap((c) => c.uncertain ?? []) ?? [])]
}

/**
 * The services of a result, those where a person helps (a class, a support desk) apart from the
 * others, each in the order given.
 */
export function helpAndOthers(
  ids: readonly string[],
  serviceOf: (id: string) => Pick<Service, 'help'> | undefined,
): { help: string[]; others: string[] } {
  const isHelp = (id: string) => serviceOf(id)?.help === true
  return { help: ids.filter(isHelp), others: ids.filter((id) => !isHelp(id)) }
}
