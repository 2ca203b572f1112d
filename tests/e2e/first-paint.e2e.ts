// The first screen comes from HTML: the build prerenders the home page and each question's page with
// the app's own components, so they read before any script runs, and with JavaScript off.
import { describe, expect, it } from 'vitest'

import { baseURL, launch } from './setup/browser'

async function noScriptPage() {
  const context = await (
    await launch()
  ).newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 }, locale: 'ja-JP' })
  return context.newPage()
}

describe('the first screen from HTML', () => {
  it('the home page’s HTML already holds its heading, before any script runs', async () => {
    const response = await fetch(`${baseURL}/`)
    const html = await response.text()
    expect(response.status).toBe(200)
    expect(html).toMatch(/<h1[^>]*>(?:<!--[^>]*-->)*どんなことがありましたか/)
    expect(html).toContain('北区に引っ越してきた（来る）')
  })

  it('each question’s page is HTML too, with its own title', async () => {
    const html = await (await fetch(`${baseURL}/q/insurance?events=move-in`)).text()
    expect(html).toContain('いまの健康保険はどれですか')
    expect(html).toMatch(/<title>いまの健康保険はどれですか｜北区 手続きナビ<\/title>/)
  })

  it('with JavaScript off, a resident chooses an event and reaches the first question', async () => {
    const page = await noScriptPage()
    await page.goto(baseURL)
    await page.getByRole('heading', { level: 1, name: 'どんなことがありましたか' }).waitFor()
    await page.getByRole('checkbox', { name: /子どもが生まれた/ }).check()
    await page.getByRole('button', { name: '次へ' }).click()
    await page.waitForURL(/\/q\/date\?events=birth/)
    await page.getByRole('heading', { level: 1, name: 'その日はいつですか' }).waitFor()
    // What needs JavaScript is said plainly, on every page.
    expect(await page.getByText('このページは JavaScript を使います').isVisible()).toBe(true)
    await page.context().close()
  })

  it('with JavaScript off, no page is blank: each kind says what needs JavaScript and has a heading', async () => {
    const page = await noScriptPage()
    // Prerendered (home, a question) and from the shell (a procedure, an office, a result).
    const paths = [
      '/',
      '/q/date.move-in',
      '/procedures/tennyu',
      '/offices/oji',
      '/result?events=move-in&date=2026-12-21&from=other-city',
    ]
    const seen: Record<string, { line: boolean; heading: string | null }> = {}
    for (const path of paths) {
      await page.goto(`${baseURL}${path}`)
      const line = page.getByText('このページは JavaScript を使います')
      seen[path] = {
        line: await line.isVisible(),
        heading: (await page.locator('h1').allTextContents()).map((h) => h.trim()).find(Boolean) ?? null,
      }
    }
    for (const path of paths) {
      expect(seen[path]?.line, path).toBe(true)
      expect(seen[path]?.heading, path).toBeTypeOf('string')
    }
    await page.context().close()
  })
})
