// After one visit the app works with the server gone; plans and ticks survive reloads; a new
// version waits for the resident's go-ahead and then runs whole.
import { mkdtempSync } from 'node:fs'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'

import { createAppServer } from '../../server/app'
import { stopServer } from '../../server/stop'
import { MESSAGES_CACHE } from '../../src/modules/caches'
import { openPage, PHONE, TODAY } from './setup/browser'
import { buildApp } from './setup/build'

let server: Server | undefined

async function serve(dist: string | undefined, port = 0): Promise<string> {
  server = createAppServer(dist ? { dist } : {})
  await new Promise<void>((resolve) => server!.listen(port, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

/** Pulls the plug: the connections the browser still holds are cut too. */
async function stop() {
  const closing = server
  server = undefined
  if (closing) await stopServer(closing)
}

afterEach(stop)

/** Waits until the service worker has precached everything and controls the page. */
async function installed(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined))
  await page.reload()
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null)
}

describe('offline after the first visit', () => {
  it('home, a question flow and a result work with the server stopped, in the language read online too', async () => {
    const { page, problems } = await openPage(PHONE, TODAY, { serviceWorkers: 'allow' })
    const origin = await serve(undefined)
    // Read in English on the first visit: its screen messages are not precached, the app keeps them itself.
    await page.goto(`${origin}/?lang=en`)
    await page.getByRole('heading', { name: 'What has happened?' }).waitFor()
    // No second visit while online: the worker, installed in the background, never saw the English load.
    await expect
      .poll(() => page.evaluate((name) => caches.open(name).then(async (c) => (await c.keys()).length), MESSAGES_CACHE))
      .toBe(1)
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined))
    await stop()

    await page.reload()
    await page.getByRole('heading', { name: 'What has happened?' }).waitFor()
    // A language never opened online cannot come now: the reader is told, and the screen stays in English.
    await page.goto(`${origin}/language?lang=en`)
    await page.getByRole('button', { name: 'Tiếng Việt' }).click()
    await page.getByRole('alert').filter({ hasText: 'This language could not be opened' }).waitFor()
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Language / 言語')
    await page.goto(`${origin}/?lang=ja`)
    await page.getByRole('heading', { name: 'どんなことがありましたか' }).waitFor()
    await page.getByRole('checkbox', { name: '子どもが生まれた' }).check()
    await page.getByRole('button', { name: '次へ' }).click()
    await page.getByLabel('日付').fill('2026-12-20')
    await page.getByRole('button', { name: '次へ' }).click()
    await page.getByRole('radio', { name: 'わからない' }).check()
    await page.getByRole('button', { name: '次へ' }).click()
    await page.getByRole('button', { name: 'わからない' }).click()
    await page.getByRole('heading', { name: 'いまの健康保険はどれですか' }).waitFor()
    await page.getByRole('radio', { name: 'わからない' }).check()
    await page.getByRole('button', { name: '次へ' }).click()
    await page.getByRole('article', { name: '出生届', exact: true }).waitFor()
    // A deep link typed or opened from a bookmark, never visited before, also opens offline.
    await page.goto(`${origin}/procedures/shibou`)
    await page.getByRole('heading', { name: '死亡届', level: 1 }).waitFor()
    expect(
      problems.filter((p) => !/Failed to load resource|Failed to fetch dynamically imported module/.test(p)),
    ).toEqual([])
  })
})

describe('saved plans', () => {
  it('a saved plan with a tick is still there after a reload', async () => {
    const { page } = await openPage()
    const origin = await serve(undefined)
    await page.goto(`${origin}/result?ages=0&childNationality=japan&date=2026-12-20&events=birth&insurance=kokuho`)
    await page.getByLabel('名前をつけて保存').fill('赤ちゃんの手続き')
    await page.getByRole('button', { name: '保存する' }).click()
    await page.getByRole('link', { name: '保存した手続きを開く' }).click()
    await page.getByRole('heading', { name: '赤ちゃんの手続き' }).waitFor()
    await page.getByRole('checkbox', { name: '済み：出生届' }).click()
    await expect.poll(() => page.getByText(/件のうち1件が済みました/).count()).toBe(1)
    await page.reload()
    const tick = page.getByRole('checkbox', { name: '済み：出生届' })
    await tick.waitFor()
    expect(await tick.isChecked()).toBe(true)
    await page.goto(`${origin}/plans`)
    await page.getByRole('link', { name: '赤ちゃんの手続き' }).waitFor()
  })
})

describe('updates', () => {
  it('a new version is offered, and runs after the resident accepts it', async () => {
    const second = mkdtempSync(join(tmpdir(), 'navi-next-'))
    buildApp({ outDir: second, label: 'next', quick: true })
    const { page } = await openPage(PHONE, TODAY, { serviceWorkers: 'allow' })
    const origin = await serve(undefined)
    const port = Number(new URL(origin).port)
    await page.goto(origin)
    await installed(page)
    const before = await page.locator('.version').textContent()
    expect(before).not.toContain('-next')

    await stop()
    await serve(second, port)
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()))
    // The prerendered home page starts the app at the resident's first touch; the app offers the update.
    await page.locator('h1').hover()
    const prompt = page.getByRole('status').filter({ hasText: '新しい版があります' })
    await prompt.waitFor({ timeout: 20_000 })
    // Until the resident says so, the old version keeps running whole.
    expect(await page.locator('.version').textContent()).toBe(before)
    await page.getByRole('button', { name: '新しい版にする' }).click()
    await expect.poll(() => page.locator('.version').textContent(), { timeout: 20_000 }).toContain('-next')
  }, 240_000) // a second production build runs inside this test
})
