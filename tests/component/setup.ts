import { createPinia } from 'pinia'
import { createI18n } from 'vue-i18n'
import { createMemoryHistory, createRouter } from 'vue-router'

import ja from '../../locales/ja.json'

/** The plugins a component needs to render as in the app: i18n and a router for RouterLink. */
export function plugins(locale = 'ja') {
  const i18n = createI18n({ legacy: false, locale, fallbackLocale: 'ja', messages: { ja } })
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/:p(.*)*', component: { template: '<div />' } }],
  })
  return [i18n, router, createPinia()]
}
