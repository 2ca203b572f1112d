// A part of a screen whose code loads after the screen is drawn. A load that fails — the phone went
// offline before the service worker had the file, a flaky network — is tried again: when the phone is
// back online, or after a short pause; after a few tries the part stays away rather than break the page.
import { type Component, defineAsyncComponent, type HydrationStrategy, nextTick } from 'vue'

import { earlyChanges, earlyPresses, inTurn, putBackEarlyChanges } from './take-over'

const TRIES = 4

export function lazyComponent<T extends Component>(loader: () => Promise<T | { default: T }>) {
  return defineAsyncComponent({
    loader,
    onError(_error, retry, fail, attempts) {
      if (attempts >= TRIES) return fail()
      if (typeof navigator !== 'undefined' && !navigator.onLine)
        addEventListener('online', () => retry(), { once: true })
      else setTimeout(retry, 500 * attempts)
    },
  })
}

interface Later {
  /** A part that stays when the resident goes to another page: the header, the footer, the page's frame. */
  staysAcrossPages?: boolean
}
/** Each part still waiting for its turn, and whether it stays across pages. */
const waiting = new Map<() => void, boolean>()

/**
 * Takes over at once the parts still waiting for their turn that the next address will show — `all` when the
 * page stays (its address changes), `staying` when another page replaces it — before the app goes there: taken
 * over afterwards, a part would be matched against the drawing of the address before, and keep what differs
 * (a link to the old address, a link marked as the current page when it no longer is).
 */
export function takeOverBeforeLeaving(which: 'all' | 'staying'): void {
  const due = () => [...waiting].flatMap(([takeOver, stays]) => (which === 'all' || stays ? [takeOver] : []))
  // Until none is left: a part taken over brings the parts inside it to wait for their turn.
  for (let parts = due(); parts.length; parts = due()) for (const takeOver of parts) takeOver()
}

/**
 * Taken over in its turn (`inTurn`: a part per task, in the order queued) — when it comes within 400 px of the
 * screen (`seen`), or as soon as the parts queued before it are (`next`) — or at once when reached: a press or a
 * change before the app ran (`earlyPresses`, `earlyChanges`), or a press or focus on the part before its turn
 * came (taken over in that event's capture, so the press goes on to the app's handlers and typing goes to the
 * app's form). Not Vue's `hydrateOnVisible`: that takes every part already on the screen over in the one task
 * that takes the page over.
 */
const REACHED = ['click', 'focusin'] as const
const inItsTurn =
  (when: 'seen' | 'next', { staysAcrossPages = false }: Later): HydrationStrategy =>
  (hydrate, forEach) => {
    let touched = false
    forEach((el) => {
      touched ||= [...earlyPresses, ...earlyChanges.keys()].some((early) => el === early || el.contains(early))
    })
    if (touched) {
      hydrate()
      // Once Vue has set its controls from the app's state: what the resident changed shows as they left it.
      void nextTick(putBackEarlyChanges)
      return
    }
    const roots: Element[] = []
    let over = false
    const leave = () => {
      over = true
      waiting.delete(takeOver)
      observer?.disconnect()
      for (const el of roots) for (const name of REACHED) el.removeEventListener(name, takeOver, true)
    }
    const takeOver = (event?: Event) => {
      if (over) return
      leave()
      // A box the press has just ticked stays ticked: taking over sets every box from the app's state (once Vue
      // has flushed, before the press reaches the app's handlers), and those handlers read the box.
      const box = event?.target instanceof HTMLInputElement ? event.target : undefined
      const checked = box?.checked
      hydrate()
      if (box && checked !== undefined)
        void nextTick(() => {
          box.checked = checked
        })
    }
    const observer =
      when === 'seen'
        ? new IntersectionObserver(
            (entries) => {
              if (!entries.some((e) => e.isIntersecting)) return
              observer?.disconnect()
              inTurn(takeOver)
            },
            { rootMargin: '400px 0px' },
          )
        : undefined
    forEach((el) => {
      if (!(el instanceof Element)) return
      roots.push(el)
      observer?.observe(el)
      for (const name of REACHED) el.addEventListener(name, takeOver, true)
    })
    waiting.set(takeOver, staysAcrossPages)
    if (!observer) inTurn(takeOver)
    return leave
  }

/**
 * A part below the first screen of a page drawn on the server: the app takes it over (hydrates it) when it comes
 * near the screen, not in the one task that takes the page over. Drawn by the app itself, it draws as usual.
 */
export function hydratedWhenSeen<T extends Component>(component: T, later: Later = {}) {
  return defineAsyncComponent({ loader: () => Promise.resolve(component), hydrate: inItsTurn('seen', later) })
}

/**
 * A part of a page drawn on the server that the app takes over in a task of its own, after the parts queued
 * before it, whether seen or not. Drawn by the app itself, it draws as usual.
 */
export function hydratedInTurn<T extends Component>(component: T, later: Later = {}) {
  return defineAsyncComponent({ loader: () => Promise.resolve(component), hydrate: inItsTurn('next', later) })
}
