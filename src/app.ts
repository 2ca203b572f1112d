// The app, made the same way for the browser and for the build's prerender: one router (its history
// given), the store, and the languages. No window, document or storage is touched here.
import { createApp, createSSRApp } from 'vue'
import type { RouterHistory } from 'vue-router'

import App from './App.vue'
import * as catalog from './modules/catalog'
import * as i18n from './modules/i18n'
import * as pinia from './modules/pinia'
import * as router from './modules/router'

/**
 * `between` runs after the router is made, and again before it is installed: the browser passes a pause
 * (src/start.ts), so that on a slow phone making the app is three tasks, not one long one. The router is
 * installed last: installing it starts the first navigation, and every guard is in place by then.
 */
export async function createNaviApp(
  history: RouterHistory,
  options: { hydrate: boolean; kiosk?: boolean; between?: () => Promise<void> },
) {
  const app = options.hydrate ? createSSRApp(App) : createApp(App)
  const navigation = router.createNaviRouter(history, { kiosk: options.kiosk })
  await options.between?.()
  pinia.install(app)
  i18n.install(app, navigation)
  catalog.install(navigation)
  await options.between?.()
  app.use(navigation)
  return { app, router: navigation }
}
