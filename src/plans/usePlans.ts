import { reactive, shallowRef, onScopeDispose, getCurrentScope } from 'vue'
import { liveQuery } from 'dexie'
import type { PlanRow } from './db'
import { PlanRepository, PlanStorageError, type NewPlan, type StorageFault } from './repository'

interface PlanState {
  status: 'loading' | 'ready' | 'off'
  fault: StorageFault | null
}

// One repository per page load, shared by every screen that shows plans.
const state = reactive<PlanState>({ status: 'loading', fault: null })
let opening: Promise<PlanRepository | null> | null = null

function repository(): Promise<PlanRepository | null> {
  opening ??= PlanRepository.open()
    .then((repo) => { state.status = 'ready'; return repo })
    .catch((error: unknown) => {
      state.status = 'off'
      state.fault = error instanceof PlanStorageError ? error.fault : 'failed'
      return null
    })
  return opening
}

/** Runs a write; a fault turns saving off with its reason and leaves everything already saved alone. */
async function write<T>(work: (repo: PlanRepository) => Promise<T>): Promise<T | null> {
  const repo = await repository()
  if (!repo) return null
  try {
    return await work(repo)
  } catch (error) {
    if (error instanceof PlanStorageError) {
      state.status = 'off'
      state.fault = error.fault
      return null
    }
    throw error
  }
}

/** Saved plans on this device, kept live as they change (in this tab or another). */
export function usePlans() {
  const plans = shallowRef<PlanRow[]>([])
  const unreadable = shallowRef(0)
  const loaded = shallowRef(false)
  let unsubscribe: (() => void) | undefined
  void repository().then((repo) => {
    if (!repo) { loaded.value = true; return }
    const subscription = liveQuery(() => repo.list()).subscribe({
      next: (list) => { plans.value = list.plans; unreadable.value = list.unreadable; loaded.value = true },
      error: () => { state.status = 'off'; state.fault = 'failed'; loaded.value = true },
    })
    unsubscribe = () => subscription.unsubscribe()
  })
  if (getCurrentScope()) onScopeDispose(() => unsubscribe?.())

  return {
    state,
    plans,
    unreadable,
    loaded,
    save: (plan: NewPlan) => write((repo) => repo.save(plan)),
    rename: (id: string, name: string) => write((repo) => repo.rename(id, name)),
    remove: (id: string) => write((repo) => repo.remove(id)),
    setDone: (id: string, procedure: string, done: boolean) => write((repo) => repo.setDone(id, procedure, done)),
    accept: (id: string, procedures: string[], content: string) => write((repo) => repo.accept(id, procedures, content)),
    exportAll: () => write((repo) => repo.exportAll()),
    importAll: (text: string) => write((repo) => repo.importAll(text)),
  }
}
