import { type Ref, watch } from 'vue'
import { useRouter } from 'vue-router'

import type { AnswerIssue } from '../answers/encoding'
import type { Answers } from '../answers/types'
import { answersLink } from './useAnswers'

/**
 * A link whose answer cannot be read (a tampered or truncated URL) asks that question again,
 * keeping every other answer; keys nobody asks about are dropped from the address.
 */
export function useReask(answers: Ref<Answers>, issues: Ref<AnswerIssue[]>, path: string) {
  const router = useRouter()
  watch(
    issues,
    (list) => {
      const bad = list.find((i) => i.code === 'bad-value')
      const go = (link: string, state: Record<string, string | boolean>) => {
        const { path: to, query, hash } = router.resolve(link)
        void router.replace({ path: to, query, hash, state })
      }
      if (bad) go(answersLink(bad.key === 'events' ? '/' : `/q/${bad.key}`, answers.value), { reask: true })
      else if (list.length) go(answersLink(path, answers.value), { dropped: list.map((i) => i.key).join(', ') })
    },
    { immediate: true },
  )
}
