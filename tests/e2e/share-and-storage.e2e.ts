// Sharing a result by QR code, and a device that cannot save.
import { describe, expect, it } from 'vitest'

import { baseURL, expectClean, openPage } from './setup/browser'
import { qrOf } from './setup/qr'

const RESULT = '/result?ages=0&childNationality=japan&date=2026-12-20&events=birth&insurance=kokuho'

describe('share', () => {
  it('the QR code opens the same result on another phone', async () => {
    const watched = await openPage()
    const { page } = watched
    await page.goto(`${baseURL}${RESULT}`)
    await page.getByRole('button', { name: '共有・QR' }).click()
    const img = page.getByRole('img', { name: 'この結果のリンクのQRコード' })
    await img.waitFor()
    const code = await qrOf(page, 'img[alt="この結果のリンクのQRコード"]')
    expect(code).toBe(`${baseURL}${RESULT}`)
    expectClean(watched)
  })
})

describe('a device that cannot save (private mode)', () => {
  it('still answers and shows results, and says plainly that saving is off', async () => {
    const watched = await openPage()
    const { page } = watched
    await page.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true })
    })
    await page.goto(`${baseURL}${RESULT}`)
    await page.getByRole('article', { name: '出生届', exact: true }).waitFor()
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'この端末では保存ができません' }).count())
      .toBeGreaterThan(0)
    expect(await page.getByRole('button', { name: '保存する' }).count()).toBe(0)
    await page.goto(`${baseURL}/plans`)
    await page.getByText('この端末では保存ができません').first().waitFor()
    expectClean(watched)
  })
})
