import { chromium } from 'playwright-core'
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] })
const p = await b.newPage({ viewport: { width: 360, height: 740 } })
await p.clock.setFixedTime(new Date('2026-11-25T10:00:00+09:00'))
await p.goto(process.argv[2]!)
await p.waitForTimeout(1500)
// Scroll through, so everything drawn on sight (suggestions) is drawn.
for (let y = 0; y < 8000; y += 600) { await p.evaluate((top) => window.scrollTo(0, top), y); await p.waitForTimeout(100) }
await p.waitForTimeout(500)
console.log('height', await p.evaluate(() => document.scrollingElement!.scrollHeight))
await b.close()
