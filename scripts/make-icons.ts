// Renders the app icons (PNG) from public/favicon.svg's design with the system Chromium.
// Run by hand when the icon changes: node --import tsx scripts/make-icons.ts
import { chromium } from 'playwright-core'

import { CHROME_ARGS, findChrome } from '../tests/e2e/setup/chrome'

const glyph = (size: number, inset: number, radius: number) => `<!doctype html><html><body style="margin:0">
<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 100 100">
<rect width="100" height="100" fill="${radius ? 'transparent' : '#0017c1'}"/>
<rect x="${inset}" y="${inset}" width="${100 - 2 * inset}" height="${100 - 2 * inset}" rx="${radius}" fill="#0017c1"/>
<text x="50" y="${50 + (100 - 2 * inset) * 0.19}" font-size="${(100 - 2 * inset) * 0.56}" text-anchor="middle" fill="#fff"
 font-family="Noto Sans CJK JP, sans-serif" font-weight="700">北</text></svg></body></html>`

const icons = [
  { file: 'public/pwa-192.png', size: 192, inset: 0, radius: 18 },
  { file: 'public/pwa-512.png', size: 512, inset: 0, radius: 18 },
  // Maskable: full-bleed background, the mark inside the 80% safe zone.
  { file: 'public/maskable-512.png', size: 512, inset: 0, radius: 0 },
  { file: 'public/apple-touch-icon.png', size: 180, inset: 0, radius: 0 },
]

const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS })
for (const icon of icons) {
  const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size } })
  await page.setContent(glyph(icon.size, icon.inset, icon.radius))
  await page.screenshot({ path: icon.file, omitBackground: true })
  await page.close()
}
await browser.close()
console.log(icons.map((i) => i.file).join('\n'))
