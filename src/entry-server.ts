// The app drawn to HTML with the very components the browser then takes over (hydrates): by the build
// for the home page and each question's page (scripts/prerender.ts), and by the server for a result,
// per request (server/render.ts), which reads the catalog's files from the built app.
import { renderToString } from 'vue/server-renderer'
import { createMemoryHistory } from 'vue-router'

import { createNaviApp } from './app'
import { loadAllJapanese } from './modules/i18n'

export { readCatalogDataWith } from './catalog/load'

export interface Rendered {
  html: string
  title: string
}

export async function render(url: string): Promise<Rendered> {
  await loadAllJapanese()
  const { app, router } = await createNaviApp(createMemoryHistory(), { hydrate: true })
  await router.push(url)
  await router.isReady()
  const context: { title?: string } = {}
  const html = await renderToString(app, context)
  return { html, title: context.title ?? '' }
}
