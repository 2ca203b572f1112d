// The app, made the same way for the browser and for the build's prerender: one router (its history
// given), the store, and the languages. No window, document or storage is touched here.
import { createApp, createSSRApp } from 'vue'
import type { RouterHistory } from 'vue-router'

import App from './App.vue'
import * as catalog from './modules/catalog'
import * as i18n from './modules/i18n'
import * as pinia from './modules/pinia'
import * as router from './modules/router'

export function createNaviApp(history: RouterHistory, options: { hydrate: boolean; kiosk?: boolean }) {
  const app = options.hydrate ? createSSRApp(App) : createApp(App)
  const navigation = router.install(app, history, { kiosk: options.kiosk })
  pinia.install(app)
  i18n.install(app, navigation)
  catalog.install(navigation)
  return { app, router: navigation }
}
