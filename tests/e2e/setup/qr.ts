import jsQR from 'jsqr'
import type { Page } from 'playwright-core'

/** The text of the QR code drawn by the image at `selector`, read back from its pixels. */
export async function qrOf(page: Page, selector: string): Promise<string | undefined> {
  const pixels = await page.locator(selector).evaluate(async (el: HTMLImageElement) => {
    await el.decode()
    const canvas = document.createElement('canvas')
    canvas.width = el.naturalWidth
    canvas.height = el.naturalHeight
    const context = canvas.getContext('2d')!
    context.drawImage(el, 0, 0)
    const data = context.getImageData(0, 0, canvas.width, canvas.height)
    return { width: data.width, height: data.height, data: [...data.data] }
  })
  return jsQR(Uint8ClampedArray.from(pixels.data), pixels.width, pixels.height)?.data
}
