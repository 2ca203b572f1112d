// The screen never claims what the device refused, and every link explains what it could not read.
// (Pages without JavaScript: first-paint.e2e.ts.)
import { describe, expect, it } from 'vitest'

import { baseURL, openPage } from './setup/browser'

const RESULT = '/result?ages=0&childNationality=japan&date=2026-12-20&events=birth&insurance=kokuho'

describe('a write the device refuses', () => {
  it('puts the tick back, says why beside it, and ticks once writes work again, without a reload', async () => {
    const { page, problems } = await openPage()
    // The disk is full while window.__fullDisk is true: every put or add fails as a browser's does.
    await page.addInitScript(() => {
      const flag = window as unknown as { __fullDisk?: boolean }
      for (const name of ['put', 'add'] as const) {
        // eslint-disable-next-line @typescript-eslint/unbound-method -- kept to be called on the store with apply below
        const original = IDBObjectStore.prototype[name]
        IDBObjectStore.prototype[name] = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
          if (flag.__fullDisk) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
          return original.apply(this, args)
        }
      }
    })
    await page.goto(`${baseURL}${RESULT}`)
    const tick = page.getByRole('checkbox', { name: '済み：出生届' })
    await tick.waitFor()
    await page.evaluate(() => {
      ;(window as unknown as { __fullDisk: boolean }).__fullDisk = true
    })

    await tick.click()
    const reason = page.getByRole('alert').filter({ hasText: 'この端末に記録できませんでした。' })
    await reason.waitFor()
    expect(await reason.textContent()).toContain('端末の空き容量が足りません。')
    expect(await tick.isChecked()).toBe(false)
    // Beside the box: the box names the reason as its description.
    expect(await tick.getAttribute('aria-describedby')).toBe(await reason.getAttribute('id'))

    await page.evaluate(() => {
      ;(window as unknown as { __fullDisk: boolean }).__fullDisk = false
    })
    await tick.click()
    await expect.poll(() => tick.isChecked()).toBe(true)
    expect(await reason.count()).toBe(0)
    expect(problems).toEqual([])
  })
})

describe('a link the app cannot read whole', () => {
  it('explains a 3,000-character link and an event with a zero-width character', async () => {
    const { page } = await openPage()
    // A chat app's long tail in the middle: the answers before the limit are read, the rest named.
    const long = `/result?events=move-in&date=2026-12-21&ref=${'x'.repeat(2950)}&from=other-city`
    expect(long.length).toBeGreaterThan(3000)
    await page.goto(`${baseURL}${long}`)
    await page.getByRole('heading', { name: 'このリンクは一部しか読めませんでした', level: 1 }).waitFor()
    const unread = page.getByRole('list').first()
    expect(await unread.textContent()).toContain('長すぎて読めなかった最後の部分')
    expect(await page.getByRole('list').nth(1).getByRole('listitem').count()).toBe(2)

    await page.goto(`${baseURL}/result?events=move-in%E2%80%8B&date=2026-12-21&from=other-city`)
    await page.getByRole('heading', { name: 'このリンクは一部しか読めませんでした', level: 1 }).waitFor()
    expect(await page.getByText('[U+200B]').count()).toBeGreaterThan(0)
  })
})
