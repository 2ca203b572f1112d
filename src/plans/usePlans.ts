import { computed, getCurrentScope, onScopeDispose, reactive, shallowRef, watch } from 'vue'

import { nextTask } from '../modules/take-over'
import type { PlanRow } from './db'
import type { NewPlan, PlanRepository, StorageFault, TickKind } from './repository'

interface PlanState {
  /** "off" only when this device cannot open the database at all; a refused write is reported by that write. */
  status: 'loading' | 'ready' | 'off'
  fault: StorageFault | null
}

/** What a write did: done, or refused with a reason the screen can say beside the control. */
export type WriteResult<T> = { ok: true; value: T } | { ok: false; fault: StorageFault }

// One repository per page load, shared by every screen that shows plans.
const state = reactive<PlanState>({ status: 'loading', fault: null })
let opening: Promise<PlanRepository | null> | null = null

/** A refusal from the repository carries the reason the screen says (PlanStorageError). */
function faultOf(error: unknown): StorageFault | null {
  const fault = (error as { fault?: unknown } | null)?.fault
  return typeof fault === 'string' ? (fault as StorageFault) : null
}

/**
 * The database library is not part of any page's first download: it is fetched when the browser is
 * first idle after the page is drawn (ticks appear a moment later), or at once when a screen writes.
 */
const idle = () =>
  new Promise<void>((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 2000 })
    else setTimeout(resolve, 200)
  })

export function planRepository(): Promise<PlanRepository | null> {
  opening ??= import('./repository')
    // Running the library's code and opening the database are two tasks on a slow phone, not one.
    .then(({ PlanRepository }) => nextTask().then(() => PlanRepository.open()))
    .then((repo) => {
      state.status = 'ready'
      return repo
    })
    .catch((error: unknown) => {
      state.status = 'off'
      state.fault = faultOf(error) ?? 'failed'
      // Asked again by the next write or screen: another tab closed, space freed, a fresh start.
      opening = null
      return null
    })
  return opening
}

/**
 * A database this version cannot open: the plans still readable go to a file, and starting fresh
 * removes the database so that saving works again, without a reload.
 */
export async function exportReadable(): Promise<WriteResult<{ text: string; count: number }>> {
  const { readablePlans, exportDocument } = await import('./rescue')
  try {
    const plans = await readablePlans()
    return { ok: true, value: { text: exportDocument(plans, Date.now()), count: plans.length } }
  } catch (error) {
    const { faultOf: reasonOf } = await import('./repository')
    return { ok: false, fault: reasonOf(error) }
  }
}

export async function startFresh(): Promise<WriteResult<null>> {
  const { deleteDatabase } = await import('./rescue')
  const { faultOf: reasonOf } = await import('./repository')
  try {
    await deleteDatabase()
  } catch (error) {
    return { ok: false, fault: reasonOf(error) }
  }
  opening = null
  state.status = 'loading'
  state.fault = null
  await planRepository()
  return (state.status as PlanState['status']) === 'ready'
    ? { ok: true, value: null }
    : { ok: false, fault: state.fault ?? 'failed' }
}

/** Runs a write; a refusal (a full disk, say) comes back as a reason and changes nothing else. */
export async function write<T>(work: (repo: PlanRepository) => Promise<T>): Promise<WriteResult<T>> {
  const repo = await planRepository()
  if (!repo) return { ok: false, fault: state.fault ?? 'unavailable' }
  try {
    return { ok: true, value: await work(repo) }
  } catch (error) {
    const fault = faultOf(error)
    if (fault) return { ok: false, fault }
    throw error
  }
}

/**
 * A live query over the repository; the returned function (or the end of the calling scope) stops it.
 * A database that could not be opened is queried again once it opens (after a fresh start, say).
 */
export function live<T>(
  query: (repo: PlanRepository) => Promise<T>,
  next: (value: T) => void,
  failed: () => void,
): () => void {
  // The server draws a page as a phone first draws it, before the device's plans are read.
  if (import.meta.env.SSR) return () => {}
  let unsubscribe: (() => void) | undefined
  let ended = false
  const begin = () =>
    void idle()
      .then(() => Promise.all([planRepository(), import('dexie')]))
      .then(([repo, { liveQuery }]) => {
        if (ended) return
        if (!repo) {
          failed()
          const unwatch = watch(
            () => state.status,
            (status) => {
              if (status === 'ready') {
                unwatch()
                begin()
              }
            },
          )
          unsubscribe = unwatch
          return
        }
        const subscription = liveQuery(() => query(repo)).subscribe({ next, error: failed })
        unsubscribe = () => subscription.unsubscribe()
      })
  begin()
  const stop = () => {
    ended = true
    unsubscribe?.()
  }
  if (getCurrentScope()) onScopeDispose(stop)
  return stop
}

/** Saved plans on this device, kept live as they change (in this tab or another). */
export function usePlans() {
  const plans = shallowRef<PlanRow[]>([])
  const unreadable = shallowRef(0)
  const loaded = shallowRef(false)
  live(
    (repo) => repo.list(),
    (list) => {
      plans.value = list.plans
      unreadable.value = list.unreadable
      loaded.value = true
    },
    () => {
      loaded.value = true
    },
  )

  const byId = computed(() => new Map(plans.value.map((p) => [p.id, p])))

  return {
    state,
    plans,
    /** A saved plan by its id; undefined while the plans load, or for one removed. */
    planById: (id: string) => byId.value.get(id),
    unreadable,
    loaded,
    save: (plan: NewPlan) => write((repo) => repo.save(plan)),
    rename: (id: string, name: string) => write((repo) => repo.rename(id, name)),
    remove: (id: string) => write((repo) => repo.remove(id)),
    setTick: (id: string, kind: TickKind, item: string, on: boolean) =>
      write((repo) => repo.setTick(id, kind, item, on)),
    accept: (id: string, procedures: string[], content: string) =>
      write((repo) => repo.accept(id, procedures, content)),
    exportAll: () => write((repo) => repo.exportAll()),
    importAll: (text: string) => write((repo) => repo.importAll(text)),
  }
}
