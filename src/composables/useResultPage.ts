import { computed, type Ref } from 'vue'

import { resultAddress } from '../answers/encoding'
import type { Answers } from '../answers/types'
import { useCatalog } from '../catalog/useCatalog'
import { relevantQuestions } from '../navigator/flow'
import { useLocalized } from './useLocalized'
import { useNavigator } from './useNavigator'
import { useText } from './useText'
import { useToday } from './useToday'

/** What a result screen (saved or not) shows: the navigator's result, today, and the questions its answers answer. */
export function useResultPage(answers: Ref<Answers>) {
  const index = useCatalog()
  const text = useLocalized()
  const { result } = useNavigator(answers)
  const today = useToday()
  const questions = computed(() =>
    relevantQuestions(index.catalog.questions, answers.value).filter((q) => answers.value[q.key]?.length),
  )
  const { locale } = useText()
  // The site's own address is known on the phone only (the server draws the page without it: the QR
  // code and sharing that need it are drawn on the phone).
  const origin = import.meta.env.SSR ? '' : window.location.origin
  const url = computed(() => `${origin}${resultAddress(result.value.answers, locale.value)}`)
  const eventNames = computed(() => (answers.value.events ?? []).map((id) => text(index.event(id)?.title)).join('・'))
  return { result, today, questions, url, eventNames }
}
