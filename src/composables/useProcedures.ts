import { type Ref, ref, watch } from 'vue'

import { hasEvents, hasProcedure, loadEvents, loadProcedure } from '../catalog/load'

/** A result's events, some procedures by id (a procedure's page and those it follows), or both. */
export interface ProceduresNeeded {
  events?: readonly string[]
  procedures?: readonly string[]
}

const here = (n: ProceduresNeeded) => hasEvents(n.events ?? []) && (n.procedures ?? []).every(hasProcedure)
const fetchAll = (n: ProceduresNeeded) =>
  Promise.all([loadEvents(n.events ?? []), ...(n.procedures ?? []).map(loadProcedure)])

/**
 * Fetches the procedures a screen needs and says when they are here. A screen never computes a
 * result from procedures that have not arrived: it would list too little and, for a saved plan,
 * claim that procedures were removed.
 */
export function useProcedures(needed: () => ProceduresNeeded): {
  ready: Ref<boolean>
  failed: Ref<boolean>
  retry: () => void
} {
  const ready = ref(false)
  const failed = ref(false)
  const fetch = (n: ProceduresNeeded) => {
    ready.value = here(n)
    failed.value = false
    if (!ready.value)
      fetchAll(n).then(
        () => {
          ready.value = here(needed())
        },
        () => {
          failed.value = true
        },
      )
  }
  watch(needed, fetch, { immediate: true, deep: true })
  return { ready, failed, retry: () => fetch(needed()) }
}

/** Starts fetching early (a route guard), so the screen usually finds its procedures here. */
export function prefetchProcedures(n: ProceduresNeeded): Promise<unknown> {
  return here(n) ? Promise.resolve() : fetchAll(n).catch(() => undefined)
}
