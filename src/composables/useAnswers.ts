import { computed } from 'vue'
import { useRoute } from 'vue-router'

import { parseAnswers, serialiseAnswers } from '../answers/encoding'
import type { Answers } from '../answers/types'
import { answerSchema } from '../catalog/answer-schema'
import { core } from '../catalog/core'

const schema = answerSchema(core)

/** The answers the URL holds: the URL is their only owner, so back, reload and share all keep them. */
export function useAnswers() {
  const route = useRoute()
  const parsed = computed(() => parseAnswers(route.fullPath.split('?')[1]?.split('#')[0] ?? '', schema))
  return {
    answers: computed(() => parsed.value.answers),
    issues: computed(() => parsed.value.issues),
  }
}

export function answersLink(path: string, answers: Answers): string {
  const query = serialiseAnswers(answers)
  return query ? `${path}?${query}` : path
}
