import { computed, type Ref } from 'vue'
import catalog from 'virtual:catalog'
import type { Answers } from '../answers/types'
import { createNavigator } from '../navigator/navigate'

const navigate = createNavigator(catalog)

/** The navigator's result for the current answers, and the catalog to look items up in. */
export function useNavigator(answers: Ref<Answers>) {
  return {
    catalog,
    result: computed(() => navigate(answers.value)),
  }
}
