import { computed, type Ref } from 'vue'
import type { Answers } from '../answers/types'
import { createNavigator } from '../navigator/navigate'
import { useCatalog } from '../catalog/useCatalog'

let navigate: ReturnType<typeof createNavigator> | undefined

/** The navigator's result for the current answers: computed once per change of the answers. */
export function useNavigator(answers: Ref<Answers>) {
  const index = useCatalog()
  navigate ??= createNavigator(index.catalog)
  const run = navigate
  return {
    catalog: index.catalog,
    result: computed(() => run(answers.value)),
  }
}
