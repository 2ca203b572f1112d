// The first screen comes from HTML: the build prerenders the home page and each question's page, and
// the server draws each result, with the app's own components, so they read before any script runs,
// and with JavaScript off; the app takes a drawn result over at the first touch, losing no press.
import { describe, expect, it } from 'vitest'

import { baseURL, launch, openPage, PHONE } from './setup/browser'
import { qrOf } from './setup/qr'

// The result work's family example: four people moving in from another ward.
const FAMILY =
  '/result?ages=0,4,33,35&card=yes&date=2026-12-21&events=move-in&from=other-city&insurance=kokuho&nationality=japan'

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
    // Prerendered (home, a question), drawn by the server (a link with an answer it cannot read) and from
    // the shell (a procedure, an office).
    const paths = ['/', '/q/date.move-in', '/procedures/tennyu', '/offices/oji', '/result?events=flood']
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

  it('a result’s HTML already holds its procedures, drawn for today at the ward', async () => {
    const response = await fetch(`${baseURL}${FAMILY}`)
    const html = await response.text()
    expect(response.status).toBe(200)
    expect(html).toMatch(/<h1[^>]*>(?:<!--[^>]*-->)*あなたの手続き/)
    expect(html).toMatch(/<article[^>]*aria-labelledby="p-tennyu"/)
    expect(html).toMatch(/<title>[^<]*引っ越してきた[^<]*<\/title>/)
    // Drawn for this address and day: the app takes over only a page drawn for its own address and date.
    expect(html).toContain(`data-prerendered="${FAMILY.replace(/&/g, '&amp;')}"`)
    expect(html).toMatch(/data-today="\d{4}-\d{2}-\d{2}"/)
    // Another language's page is fetched by the phone, from the shell.
    expect(await (await fetch(`${baseURL}${FAMILY}&lang=en`)).text()).not.toContain('p-tennyu')
  })

  it('with JavaScript off, a result reads whole: its procedures, documents and trips', async () => {
    const page = await noScriptPage()
    await page.goto(`${baseURL}${FAMILY}`)
    await page.getByRole('heading', { level: 1, name: 'あなたの手続き' }).waitFor()
    await page.getByRole('article', { name: '転入届', exact: true }).waitFor()
    for (const name of ['持ち物チェックリスト', '行く場所ごとの予定'])
      expect(await page.getByRole('heading', { level: 2, name }).count(), name).toBe(1)
    await page.context().close()
  })

  it('Back from a drawn result before any touch shows the page before it, not the result under another address', async () => {
    // The phone's real clock, so the result is drawn for today and waits for a touch after the reload.
    const { page, problems } = await openPage(PHONE, null)
    await page.goto(`${baseURL}/q/chip?date=2026-12-20&events=pet`)
    await page.getByRole('radio', { name: 'わからない' }).check()
    await page.getByRole('button', { name: '次へ' }).click()
    await page.getByRole('heading', { level: 1, name: 'あなたの手続き' }).waitFor()
    await page.reload()
    await page.getByRole('heading', { level: 1, name: 'あなたの手続き' }).waitFor()
    expect(await page.locator('#app').getAttribute('data-prerendered')).toContain('/result?')
    await page.goBack()
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('マイクロチップ')
    expect(page.url()).toContain('/q/chip?')
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('the app takes a drawn result over at the first touch: a tick or a link pressed first still works', async () => {
    // The phone's real clock: the page was drawn for today, so the app takes it over rather than redraw it.
    // No service worker: each load is the server's page, as on a first visit.
    const { page, problems } = await openPage(PHONE, null)
    const scripts: string[] = []
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname)
    })
    await page.goto(`${baseURL}${FAMILY}`)
    await page.getByRole('article', { name: '転入届', exact: true }).waitFor()
    await page.waitForLoadState('networkidle')
    expect(scripts.filter((s) => s.includes('/start-'))).toEqual([])
    // A tick as the first touch: the app starts, takes the page over, and keeps the tick on the device.
    const tick = page.getByRole('checkbox', { name: '済み：転入届' })
    await tick.click()
    // Kept on the device: the unsaved result's ticks (its draft) hold it.
    const draftTicks = (kind: 'done' | 'docs' = 'done') =>
      page.evaluate(
        async (field) =>
          // Never created here: opened only once the app has made it.
          !(await indexedDB.databases()).some((d) => d.name === 'kita-tetsuzuki-navi')
            ? []
            : new Promise<string[]>((resolve) => {
                const open = indexedDB.open('kita-tetsuzuki-navi')
                open.onerror = () => resolve([])
                open.onsuccess = () => {
                  const db = open.result
                  if (!db.objectStoreNames.contains('drafts')) return resolve([])
                  const all = db.transaction('drafts').objectStore('drafts').getAll()
                  all.onsuccess = () =>
                    resolve((all.result as Record<string, string[] | undefined>[]).flatMap((d) => d[field] ?? []))
                  all.onerror = () => resolve([])
                }
              }),
        kind,
      )
    await expect.poll(draftTicks).toEqual(['tennyu'])
    expect(await tick.isChecked()).toBe(true)
    // The printed page's QR code is drawn too, though the part that holds it is never on the screen.
    await page.locator('.print-header img').waitFor({ state: 'attached' })
    expect(await qrOf(page, '.print-header img')).toBe(`${baseURL}${FAMILY}`)
    // A document ticked first in the middle of the checklist, the list running past both ends of the screen (a part
    // the app takes over when it comes near the screen, or, as here, at once when it holds the press): kept too.
    await page.reload()
    const doc = page.locator('section.checklist input[type=checkbox]').nth(4)
    await doc.evaluate((el) => el.scrollIntoView({ block: 'center' }))
    const docId = (await doc.getAttribute('id'))?.replace(/^tick-docs-/, '')
    await doc.click()
    await expect.poll(() => draftTicks('docs')).toEqual([docId])
    expect(await doc.isChecked()).toBe(true)
    // A link as the first touch: it opens inside the app once the app runs, not as a new page.
    await page.reload()
    await page.getByRole('article', { name: '転入届', exact: true }).waitFor()
    await page.evaluate(() => ((window as unknown as { samePage: boolean }).samePage = true))
    await page
      .getByRole('article', { name: '転入届', exact: true })
      .getByRole('link', { name: '転入届', exact: true })
      .click()
    await page.getByRole('heading', { level: 1, name: '転入届' }).waitFor()
    expect(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).toBe(true)
    // Back on the result, the tick made before the reload is there.
    await page.goBack()
    await expect.poll(() => page.getByRole('checkbox', { name: '済み：転入届' }).isChecked()).toBe(true)
    expect(problems).toEqual([])
    await page.context().close()
  })
})
