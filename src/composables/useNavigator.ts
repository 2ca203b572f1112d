import { computed, type Ref } from 'vue'

import type { Answers } from '../answers/types'
import type { Catalog } from '../catalog/schema'
import { useCatalog } from '../catalog/useCatalog'
import { createNavigator } from '../navigator/navigate'

const navigators = new WeakMap<Catalog, ReturnType<typeof createNavigator>>()

/**
 * The navigator's result for the current answers: computed once per change of the answers (or of
 * the procedures at hand, when an event's procedures arrive).
 */
export function useNavigator(answers: Ref<Answers>) {
  const index = useCatalog()
  return {
    result: computed(() => {
      const catalog = index.catalog
      let navigate = navigators.get(catalog)
      if (!navigate) navigators.set(catalog, (navigate = createNavigator(catalog)))
      return navigate(answers.value)
    }),
  }
}
