// The app's start in the browser: take over the page the build prerendered for this address
// (hydrate), or draw it fresh where there is none (a result, a saved plan) or where the address
// carries answers — a hydrated page would keep the prerender's links, since production hydration
// does not correct attributes.
import { createWebHistory } from 'vue-router'
import { createNaviApp } from './app'

export function start(hydrate: boolean) {
  const root = document.getElementById('app') as HTMLElement
  if (!hydrate) root.replaceChildren()
  const { app, router } = createNaviApp(createWebHistory(import.meta.env.BASE_URL), { hydrate })
  return router.isReady().then(() => app.mount(root))
}
