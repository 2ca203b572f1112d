// Sharing a result by QR code, and a device that cannot save.
import { describe, expect, it } from 'vitest'
import jsQR from 'jsqr'
import { baseURL, expectClean, openPage } from './setup/browser'

const RESULT = '/result?ages=0&childNationality=japan&date=2026-12-20&events=birth&insurance=kokuho'

describe('share', () => {
  it('the QR code opens the same result on another phone', async () => {
    const watched = await openPage()
    const { page } = watched
    await page.goto(`${baseURL}${RESULT}`)
    await page.getByRole('button', { name: '共有・QR' }).click()
    const img = page.getByRole('img', { name: 'この結果のリンクのQRコード' })
    await img.waitFor()
    const pixels = await img.evaluate(async (el: HTMLImageElement) => {
      await el.decode()
      const canvas = document.createElement('canvas')
      canvas.width = el.naturalWidth
      canvas.height = el.naturalHeight
      const context = canvas.getContext('2d')!
      context.drawImage(el, 0, 0)
      const data = context.getImageData(0, 0, canvas.width, canvas.height)
      return { width: data.width, height: data.height, data: [...data.data] }
    })
    const code = jsQR(Uint8ClampedArray.from(pixels.data), pixels.width, pixels.height)
    expect(code?.data).toBe(`${baseURL}${RESULT}`)
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
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'この端末では保存ができません' }).count()).toBeGreaterThan(0)
    expect(await page.getByRole('button', { name: '保存する' }).count()).toBe(0)
    await page.goto(`${baseURL}/plans`)
    await page.getByText('この端末では保存ができません').first().waitFor()
    expectClean(watched)
  })
})
