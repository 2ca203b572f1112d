// The gates must fail on a page that breaks them; otherwise a green run would prove nothing.
import { describe, expect, it } from 'vitest'

import { axeViolations, openPage } from './setup/browser'
import { focusVisibleInForcedColors, horizontalOverflow, smallTargets } from './setup/gates'

const BROKEN = `<!doctype html><html><head><title>broken</title><style>
  button:focus, button:focus-visible { outline: none; box-shadow: none; }
  .wide { inline-size: 2000px; }
</style></head><body><main>
  <h1>A page that fails</h1>
  <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
  <button style="width:10px;height:10px;padding:0"></button>
  <div class="wide">too wide</div>
  <p style="color:#aaa;background:#fff">low contrast text</p>
  <script>console.error('boom')</script>
</main></body></html>`

describe('the gates catch known violations', () => {
  it('axe, target size, reflow, forced-colour focus and console errors all report', async () => {
    const watched = await openPage({ width: 360, height: 740 })
    const { page } = watched
    await page.setContent(BROKEN)
    const axe = await axeViolations(page)
    expect(axe.join('\n')).toMatch(/image-alt/)
    expect(axe.join('\n')).toMatch(/button-name/)
    expect(axe.join('\n')).toMatch(/color-contrast/)
    expect(await smallTargets(page)).toContainEqual(expect.stringMatching(/^button "" 10×10$/))
    expect(await horizontalOverflow(page)).toBeGreaterThan(1000)
    expect(await focusVisibleInForcedColors(page, 'button')).toBe(false)
    expect(watched.problems).toContainEqual('console: boom')
  })
})
