import { computed, type Ref } from 'vue'
import core from 'virtual:catalog/core'
import type { Answers } from '../answers/types'
import { nextQuestion, relevantQuestions } from '../navigator/flow'
import { answersLink } from './useAnswers'

/** Where a resident goes after answering: the next question, or the result. */
export function useQuestions(answers: Ref<Answers>) {
  const relevant = computed(() => relevantQuestions(core.questions, answers.value))
  const nextLink = (next: Answers) => {
    const q = nextQuestion(core.questions, next)
    if (!q) return answersLink('/result', next)
    return q.kind === 'events' ? answersLink('/', next) : answersLink(`/q/${q.id}`, next)
  }
  return { events: core.events, relevant, nextLink }
}
