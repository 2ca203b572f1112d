// The app's start in the browser: take over the page drawn for this address (hydrate: the build's
// home and question pages, the server's results), or draw it fresh where there is none (a saved
// plan, a procedure) or where it was drawn for another address — a hydrated page would keep the
// drawing's links, since production hydration does not correct attributes. At /kiosk the app runs as
// a terminal at a 区民事務所: its pages live in memory (nothing a resident opens enters the browser's
// history) and nothing is kept on the device.
import { createMemoryHistory, createWebHistory } from 'vue-router'

import { createNaviApp } from './app'
import { drawWhole } from './composables/useProgressive'
import { enterKiosk, KIOSK_PATH } from './kiosk/mode'
import { i18n } from './modules/i18n'
import { takeOverBeforeLeaving } from './modules/lazy'
import { nextTask } from './modules/take-over'
import { useUiStore } from './stores/ui'
import { configureWaitsStorage } from './waits/useWaits'

export async function start(hydrate: boolean) {
  // Each step in a task of its own on a slow phone: loading the app's code, making the router, making the rest of
  // the app, installing the router (its first navigation), the first translation, taking the page over.
  await nextTask()
  const root = document.getElementById('app') as HTMLElement
  const kiosk = window.location.pathname === KIOSK_PATH
  if (kiosk) {
    enterKiosk(window.location.search)
    configureWaitsStorage('memory')
  }
  if (!hydrate || kiosk) root.replaceChildren()
  const { app, router } = await createNaviApp(
    kiosk ? createMemoryHistory() : createWebHistory(import.meta.env.BASE_URL),
    { hydrate: hydrate && !kiosk, kiosk, between: nextTask },
  )
  if (kiosk) await router.push('/')
  await router.isReady()
  // Taking over a drawn page: lists start whole, as drawn; later screens are drawn a part at a time again.
  const whole = hydrate && !kiosk
  drawWhole(whole)
  await nextTask()
  if (whole) {
    // The first translation and the reader's settings run vue-i18n's and the store's code for the first time (20–30
    // ms on a slow phone): done in a task of their own, not in the ones that take the frame and the page over.
    i18n.global.t('app.name')
    useUiStore()
    await nextTask()
  }
  app.mount(root)
  if (!whole) return
  router.afterEach(() => drawWhole(false))
  // Going elsewhere before every part of the page was taken over: what the next address shows is taken over first,
  // as drawn, and then changes with it.
  router.beforeEach((to, from) => {
    const page = (route: typeof to) => route.matched.at(-1)?.components?.default
    takeOverBeforeLeaving(page(to) === page(from) ? 'all' : 'staying')
  })
}
