// The handover of a page drawn before the app ran (by the build or the server) to the app. Kept apart from the
// app's code and free of Vue: src/main.ts, the first script of every page, reads it.

/**
 * What the resident pressed before the app took the page over (src/main.ts presses each again once it has). A
 * part of the page taken over later (`hydratedWhenSeen`) is taken over at once when it holds one of them, so that
 * the press reaches the app and not a page it has not taken over yet.
 */
export const earlyPresses: HTMLElement[] = []

/**
 * The form controls the resident changed before the app took the page over, each with the state it was left in
 * (src/main.ts records them). Taking a page over sets every control from the app's state: each is given its
 * state back (`putBackEarlyChanges`) as soon as the part holding it is taken over, and a part taken over later is
 * taken over at once when it holds one.
 */
export const earlyChanges = new Map<HTMLInputElement, { checked: boolean; value: string }>()

export function putBackEarlyChanges(): void {
  for (const [el, state] of earlyChanges) {
    if (!el.isConnected) continue
    el.checked = state.checked
    el.value = state.value
  }
}

const turns: (() => void)[] = []
const lasts: (() => void)[] = []
let running = false

function next() {
  try {
    ;(turns.shift() ?? lasts.shift())?.()
  } finally {
    if (turns.length || lasts.length) setTimeout(next)
    else running = false
  }
}

/**
 * Runs `part` in a task of its own, after the parts queued before it (with `last`, after every part queued
 * without it too): taking over a page a part per task keeps each task short, so a slow phone still answers a
 * touch or a scroll in between.
 */
export function inTurn(part: () => void, { last = false } = {}): void {
  ;(last ? lasts : turns).push(part)
  if (!running) {
    running = true
    setTimeout(next)
  }
}

/** Settles in a task of its own: what follows does not lengthen the task that awaited it. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve))
}
