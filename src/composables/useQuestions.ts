import { computed, type Ref } from 'vue'

import type { Answers } from '../answers/types'
import { core } from '../catalog/core'
import { nextQuestion, relevantQuestions } from '../navigator/flow'
import { choicesContext } from '../rules/rules'
import { answersLink } from './useAnswers'

/** Where a resident goes after answering: the next question, or the result. */
export function useQuestions(answers: Ref<Answers>) {
  const relevant = computed(() => relevantQuestions(core.questions, answers.value))
  const choices = computed(() => choicesContext(core.questions, answers.value))
  const linkTo = (key: string, kind: string, next: Answers) =>
    kind === 'events' ? answersLink('/', next) : answersLink(`/q/${key}`, next)
  const nextLink = (next: Answers) => {
    const q = nextQuestion(core.questions, next)
    return q ? linkTo(q.key, q.kind, next) : answersLink('/result', next)
  }
  return {
    events: core.events,
    relevant,
    nextLink,
    /** The choices of a question the earlier answers still allow. */
    possible: (key: string) => choices.value.possible(key),
  }
}
