// The build's prerender: the home page and each question's page rendered to HTML with the very
// components the browser then hydrates (scripts/lib/prerender.ts writes the files).
import { renderToString } from 'vue/server-renderer'
import { createMemoryHistory } from 'vue-router'

import { createNaviApp } from './app'
import { loadAllJapanese } from './modules/i18n'

export interface Rendered {
  html: string
  title: string
}

export async function render(url: string): Promise<Rendered> {
  await loadAllJapanese()
  const { app, router } = createNaviApp(createMemoryHistory(), { hydrate: true })
  await router.push(url)
  await router.isReady()
  const context: { title?: string } = {}
  const html = await renderToString(app, context)
  return { html, title: context.title ?? '' }
}
