// The app's start in the browser: take over the page the build prerendered for this address
// (hydrate), or draw it fresh where there is none (a result, a saved plan) or where the address
// carries answers — a hydrated page would keep the prerender's links, since production hydration
// does not correct attributes. At /kiosk the app runs as a terminal at a 区民事務所: its pages live in
// memory (nothing a resident opens enters the browser's history) and nothing is kept on the device.
import { createMemoryHistory, createWebHistory } from 'vue-router'

import { createNaviApp } from './app'
import { enterKiosk, KIOSK_PATH } from './kiosk/mode'
import { configureWaitsStorage } from './waits/useWaits'

export async function start(hydrate: boolean) {
  const root = document.getElementById('app') as HTMLElement
  const kiosk = window.location.pathname === KIOSK_PATH
  if (kiosk) {
    enterKiosk(window.location.search)
    configureWaitsStorage('memory')
  }
  if (!hydrate || kiosk) root.replaceChildren()
  const { app, router } = createNaviApp(kiosk ? createMemoryHistory() : createWebHistory(import.meta.env.BASE_URL), {
    hydrate: hydrate && !kiosk,
    kiosk,
  })
  if (kiosk) await router.push('/')
  await router.isReady()
  app.mount(root)
}
