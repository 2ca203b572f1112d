import { onScopeDispose, ref } from 'vue'

import { idleState, type KioskSettings } from './settings'

const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'scroll'] as const

/**
 * Counts the seconds since the resident last touched the screen: past the idle time a countdown shows
 * (with 「続ける」, WCAG 2.2.1), and at its end `reset` runs. A touch anywhere starts the count again.
 */
export function useIdleReset(settings: () => KioskSettings, reset: () => Promise<void> | void) {
  const countdown = ref<number | null>(null)
  let last = Date.now()
  let resetting = false
  const touched = () => {
    // While the countdown shows, only 「続ける」 keeps the session: a stray touch on the dimmed page does not.
    if (countdown.value === null) last = Date.now()
  }
  for (const name of ACTIVITY) addEventListener(name, touched, { capture: true, passive: true })
  const timer = setInterval(() => {
    const state = idleState((Date.now() - last) / 1000, settings())
    countdown.value = state.phase === 'countdown' ? state.left : null
    if (state.phase === 'reset' && !resetting) {
      resetting = true
      void reset()
    }
  }, 1000)
  onScopeDispose(() => {
    clearInterval(timer)
    for (const name of ACTIVITY) removeEventListener(name, touched, { capture: true })
  })
  function keepGoing() {
    last = Date.now()
    countdown.value = null
  }
  return { countdown, keepGoing }
}
