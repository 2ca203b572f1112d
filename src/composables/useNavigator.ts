import { computed, type Ref } from 'vue'

import { serialiseAnswers } from '../answers/encoding'
import type { Answers } from '../answers/types'
import type { Catalog } from '../catalog/schema'
import { useCatalog } from '../catalog/useCatalog'
import { createNavigator, type NaviResult } from '../navigator/navigate'

const navigators = new WeakMap<Catalog, ReturnType<typeof createNavigator>>()
const last = new WeakMap<Catalog, { answers: string; result: NaviResult }>()

function navigatorFor(catalog: Catalog) {
  let navigate = navigators.get(catalog)
  if (!navigate) navigators.set(catalog, (navigate = createNavigator(catalog)))
  return navigate
}

/**
 * The navigator's result for these answers on this catalog. The last one is kept, so the result computed
 * before a screen is drawn (`prepareResult`, in a task of its own) is the one the screen draws.
 */
export function navigatorResult(catalog: Catalog, answers: Answers): NaviResult {
  const key = serialiseAnswers(answers)
  const kept = last.get(catalog)
  if (kept?.answers === key) return kept.result
  const result = navigatorFor(catalog)(answers)
  last.set(catalog, { answers: key, result })
  return result
}

/** Readies the navigator for the catalog at hand (its indexes and calendar), ahead of a result's screen. */
export function prepareNavigator(): void {
  navigatorFor(useCatalog().catalog)
}

/** Computes a result ahead of its screen (the procedures of its events have arrived). */
export function prepareResult(answers: Answers): void {
  navigatorResult(useCatalog().catalog, answers)
}

/**
 * The navigator's result for the current answers: computed once per change of the answers (or of
 * the procedures at hand, when an event's procedures arrive).
 */
export function useNavigator(answers: Ref<Answers>) {
  const index = useCatalog()
  return { result: computed(() => navigatorResult(index.catalog, answers.value)) }
}
