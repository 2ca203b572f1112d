import { reactive, type Ref, shallowRef, watch } from 'vue'

import type { StorageFault, TickKind } from './repository'
import { live, write } from './usePlans'

/** Whose ticks: a saved plan, or the unsaved result of these answers (a draft). */
export type TickOwner = { plan: string } | { answers: string }

export interface Ticks {
  done: readonly string[]
  docs: readonly string[]
}

/**
 * Ticks as stored: a box shows ticked only once the device has kept it. A refused write leaves the
 * box as it was and keeps the reason for that one box; the next write that works clears it.
 */
export function useTicks(owner: Ref<TickOwner>) {
  const ticks = shallowRef<Ticks>({ done: [], docs: [] })
  const pending = reactive(new Set<string>())
  const errors = reactive(new Map<string, StorageFault>())
  const loaded = shallowRef(false)
  const keyOf = (kind: TickKind, item: string) => `${kind}:${item}`

  watch(
    owner,
    (who, _before, onCleanup) => {
      loaded.value = false
      onCleanup(
        live(
          (repo) => ('plan' in who ? repo.get(who.plan) : repo.draft(who.answers)),
          (row) => {
            ticks.value = { done: row?.done ?? [], docs: row?.docs ?? [] }
            loaded.value = true
          },
          () => {
            loaded.value = true
          },
        ),
      )
    },
    { immediate: true, deep: true },
  )

  async function toggle(kind: TickKind, item: string, on: boolean) {
    const key = keyOf(kind, item)
    if (pending.has(key)) return
    pending.add(key)
    const who = owner.value
    const result = await write((repo) =>
      'plan' in who ? repo.setTick(who.plan, kind, item, on) : repo.setDraftTick(who.answers, kind, item, on),
    )
    pending.delete(key)
    if (result.ok) errors.clear()
    else errors.set(key, result.fault)
  }

  return {
    ticks,
    loaded,
    toggle,
    isOn: (kind: TickKind, item: string) => ticks.value[kind].includes(item),
    isPending: (kind: TickKind, item: string) => pending.has(keyOf(kind, item)),
    errorOf: (kind: TickKind, item: string) => errors.get(keyOf(kind, item)) ?? null,
  }
}
