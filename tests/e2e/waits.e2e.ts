// Live waits beside the counters, kept with their time when the feed fails, and the forecast offline.
import { describe, expect, it } from 'vitest'

import { officesOnly } from '../../server/waits/catalog'
import { buildWaitsDocument } from '../../server/waits/simulator'
import { baseURL, expectClean, openPage } from './setup/browser'

// A Wednesday morning in December: the ward is open.
const AT = new Date('2026-12-02T10:15:00+09:00')
const RESULT =
  '/result?ages=34&card=yes&date=2026-12-01&dog=no&events=move-in&from=other-city&insurance=employee&moped=no&nationality=japan'
const document = buildWaitsDocument(AT, officesOnly())
const ojiRegistration = document.offices.find((o) => o.id === 'oji')?.counters.find((c) => c.id === 'oji-registration')

describe('counter waits', () => {
  it('shows people waiting beside the counter, then keeps the last numbers with their time when the feed fails', async () => {
    expect(ojiRegistration?.waiting).toBeGreaterThan(0)
    const watched = await openPage(undefined, null)
    const { page } = watched
    await page.clock.install({ time: AT })
    let failing = false
    await page.route('**/api/waits.json', (route) =>
      failing
        ? route.fulfill({ status: 503, headers: { 'Retry-After': '120' }, body: '' })
        : route.fulfill({ json: document, headers: { ETag: '"one"' } }),
    )

    await page.goto(`${baseURL}${RESULT}`)
    const card = page.getByRole('article', { name: '転入届', exact: true })
    // The counters, with their waits, are under the card's date line.
    await card.locator('summary').click()
    const oji = card.getByRole('listitem').filter({ hasText: '王子区民事務所' })
    await expect.poll(() => oji.textContent(), { timeout: 10_000 }).toContain(`${ojiRegistration?.waiting}人待ち`)
    expect(await oji.textContent()).toContain('10:15 現在')

    // The good document is kept on the device (in the background); wait until it is, then fail the feed.
    await page.waitForFunction(
      () =>
        new Promise<boolean>((resolve) => {
          const open = indexedDB.open('kita-tetsuzuki-navi-waits')
          // Not created yet: do not create it here (an empty database would make the app upgrade it).
          open.onupgradeneeded = () => open.transaction?.abort()
          open.onerror = () => resolve(false)
          open.onsuccess = () => {
            const db = open.result
            try {
              const read = db.transaction('saved').objectStore('saved').get('last-good')
              read.onsuccess = () => resolve(Boolean(read.result))
              read.onerror = () => resolve(false)
            } catch {
              resolve(false)
            } finally {
              // An open connection would block the app's own next upgrade.
              db.close()
            }
          }
        }),
      undefined,
      { polling: 200, timeout: 10_000 },
    )
    failing = true
    await page.reload()
    await card.waitFor()
    await card.locator('summary').click()
    // The feed answers 503: the last good numbers stay, marked with the time they are from.
    await expect.poll(() => oji.textContent(), { timeout: 10_000 }).toContain(`${ojiRegistration?.waiting}人待ち`)
    expect(await oji.textContent()).toContain('10:15 現在')
    await page.clock.fastForward('11:00')
    await expect.poll(() => oji.textContent(), { timeout: 40_000 }).toContain('古い情報かもしれません')
    expectClean({ ...watched, problems: watched.problems.filter((p) => !p.includes('503')) })
  })

  it('asks a feed that said "later" once more only when it allowed, however often the phone flaps', async () => {
    const watched = await openPage(undefined, null)
    const { page } = watched
    await page.clock.install({ time: AT })
    let requests = 0
    await page.route('**/api/waits.json', (route) => {
      requests += 1
      return route.fulfill({ status: 503, headers: { 'Retry-After': '120' }, body: '' })
    })
    await page.goto(`${baseURL}${RESULT}`)
    await expect.poll(() => requests, { timeout: 20_000 }).toBe(1)
    // The browser reports the 503 once the page has it.
    await expect.poll(() => watched.problems.some((p) => p.includes('503')), { timeout: 20_000 }).toBe(true)
    // The whole result first (its last part, the save form, loads its code at the end): going offline
    // mid-way would test loading code offline, which the service worker covers and this test blocks.
    await page.getByRole('button', { name: '保存する' }).waitFor()
    await page.waitForLoadState('networkidle')

    // Each change in its own task, as a real tab switch is, so the app sees every one of them.
    const setVisibility = (state: 'hidden' | 'visible') =>
      page.evaluate((s) => {
        Object.defineProperty(window.document, 'visibilityState', { configurable: true, get: () => s })
        window.document.dispatchEvent(new Event('visibilitychange'))
      }, state)
    for (let i = 0; i < 10; i++) {
      await page.context().setOffline(true)
      await page.context().setOffline(false)
      await setVisibility('hidden')
      await setVisibility('visible')
    }
    // The page's clock runs at real speed from 10:15: the 120 s cannot have passed within the test's minute.
    expect(requests).toBe(1)
    await page.clock.fastForward('02:30')
    await expect.poll(() => requests, { timeout: 20_000 }).toBe(2)
    expect(requests).toBe(2)
    expectClean({ ...watched, problems: watched.problems.filter((p) => !p.includes('503')) })
  })

  it('the trip plan suggests a quiet time to go before the due date, without the feed', async () => {
    const { page } = await openPage(undefined, null)
    await page.clock.install({ time: AT })
    await page.route('**/api/waits.json', (route) => route.abort('internetdisconnected'))
    await page.goto(`${baseURL}${RESULT}`)
    const trips = page.getByRole('region', { name: '行く場所ごとの予定' })
    // The forecast is worked out when the resident scrolls to it.
    await trips.scrollIntoViewIfNeeded()
    await expect.poll(() => trips.textContent(), { timeout: 10_000 }).toMatch(/おすすめ: 12月\d+日\(.\) \d+時台/)
  })

  it("an office page has today's expected waits as a table", async () => {
    const { page } = await openPage(undefined, null)
    await page.clock.install({ time: AT })
    await page.goto(`${baseURL}/offices/akabane`)
    const table = page.getByRole('table').first()
    await table.waitFor()
    expect(await table.getByRole('columnheader').allTextContents()).toEqual(['時間', '予想の待ち時間'])
    expect(await table.getByRole('rowheader').first().textContent()).toContain('8:00')
  })
})
