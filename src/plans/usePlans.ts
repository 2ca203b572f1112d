import { reactive, shallowRef, onScopeDispose, getCurrentScope } from 'vue'
import { liveQuery } from 'dexie'
import type { PlanRow } from './db'
import { PlanRepository, PlanStorageError, type NewPlan, type StorageFault, type TickKind } from './repository'

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

export function planRepository(): Promise<PlanRepository | null> {
  opening ??= PlanRepository.open()
    .then((repo) => { state.status = 'ready'; return repo })
    .catch((error: unknown) => {
      state.status = 'off'
      state.fault = error instanceof PlanStorageError ? error.fault : 'failed'
      return null
    })
  return opening
}

/** Runs a write; a refusal (a full disk, say) comes back as a reason and changes nothing else. */
export async function write<T>(work: (repo: PlanRepository) => Promise<T>): Promise<WriteResult<T>> {
  const repo = await planRepository()
  if (!repo) return { ok: false, fault: state.fault ?? 'unavailable' }
  try {
    return { ok: true, value: await work(repo) }
  } catch (error) {
    if (error instanceof PlanStorageError) return { ok: false, fault: error.fault }
    throw error
  }
}

/** A live query over the repository; the returned function (or the end of the calling scope) stops it. */
export function live<T>(query: (repo: PlanRepository) => Promise<T>, next: (value: T) => void, failed: () => void): () => void {
  let unsubscribe: (() => void) | undefined
  let ended = false
  void planRepository().then((repo) => {
    if (ended) return
    if (!repo) { failed(); return }
    const subscription = liveQuery(() => query(repo)).subscribe({ next, error: failed })
    unsubscribe = () => subscription.unsubscribe()
  })
  const stop = () => { ended = true; unsubscribe?.() }
  if (getCurrentScope()) onScopeDispose(stop)
  return stop
}

/** Saved plans on this device, kept live as they change (in this tab or another). */
export function usePlans() {
  const plans = shallowRef<PlanRow[]>([])
  const unreadable = shallowRef(0)
  const loaded = shallowRef(false)
  live((repo) => repo.list(), (list) => {
    plans.value = list.plans
    unreadable.value = list.unreadable
    loaded.value = true
  }, () => { loaded.value = true })

  return {
    state,
    plans,
    unreadable,
    loaded,
    save: (plan: NewPlan) => write((repo) => repo.save(plan)),
    rename: (id: string, name: string) => write((repo) => repo.rename(id, name)),
    remove: (id: string) => write((repo) => repo.remove(id)),
    setTick: (id: string, kind: TickKind, item: string, on: boolean) => write((repo) => repo.setTick(id, kind, item, on)),
    accept: (id: string, procedures: string[], content: string) => write((repo) => repo.accept(id, procedures, content)),
    exportAll: () => write((repo) => repo.exportAll()),
    importAll: (text: string) => write((repo) => repo.importAll(text)),
  }
}
