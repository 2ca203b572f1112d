// A part of a screen whose code loads after the screen is drawn. A load that fails — the phone went
// offline before the service worker had the file, a flaky network — is tried again: when the phone is
// back online, or after a short pause; after a few tries the part stays away rather than break the page.
import { type Component, defineAsyncComponent, hydrateOnVisible, type HydrationStrategy } from 'vue'

import { earlyPresses } from './early-presses'

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

const nearTheScreen = hydrateOnVisible({ rootMargin: '400px 0px' })

/** Taken over when it comes near the screen, or at once when it holds something pressed before the app ran. */
const seenOrPressed: HydrationStrategy = (hydrate, forEach) => {
  let holdsPress = false
  forEach((el) => {
    holdsPress ||= earlyPresses.some((pressed) => el === pressed || el.contains(pressed))
  })
  if (!holdsPress) return nearTheScreen(hydrate, forEach)
  hydrate()
}

/**
 * A part below the first screen of a page drawn on the server: the app takes it over (hydrates it) when it comes
 * near the screen, not in the one task that takes the page over. Drawn by the app itself, it draws as usual.
 */
export function hydratedWhenSeen<T extends Component>(component: T) {
  return defineAsyncComponent({ loader: () => Promise.resolve(component), hydrate: seenOrPressed })
}
