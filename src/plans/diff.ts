/** What a catalog update changed in a saved plan, and which ticks survive it. */
export interface PlanDiff {
  added: string[]
  removed: string[]
  kept: string[]
  /** Ticks for procedures that are still listed. */
  done: string[]
}

export function diffPlan(saved: readonly string[], current: readonly string[], done: readonly string[]): PlanDiff {
  const now = new Set(current)
  const before = new Set(saved)
  return {
    added: current.filter((id) => !before.has(id)),
    removed: saved.filter((id) => !now.has(id)),
    kept: current.filter((id) => before.has(id)),
    done: done.filter((id) => now.has(id)),
  }
}
