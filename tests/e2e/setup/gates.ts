// The page-level quality gates, as functions that return what they found, so the same checks run on
// every route and on a page built to fail them (gates-selftest.e2e.ts).
import type { Page } from 'playwright-core'

/** The result the gates try in every language: two events, a child, a foreign national — most of the result's parts. */
export const GATED_RESULT =
  '/result?ages=5,34&card=yes&date=2026-12-01&dog=no&events=birth,move-in&from=other-city&licence=no&moped=no&nationality=other'

/** Pixels the page scrolls sideways (0 means it reflows). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth))
}

/**
 * Targets under 24×24 CSS px (WCAG 2.5.8), by bounding box. Links inside a sentence are exempt
 * (the inline exception): a link whose paragraph holds more text than the link itself.
 */
export async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = []
    for (const el of document.querySelectorAll<HTMLElement>(
      'a[href], button, input:not([type=hidden]), select, textarea, summary',
    )) {
      const box = el.getBoundingClientRect()
      if (box.width === 0 && box.height === 0) continue
      const style = getComputedStyle(el)
      if (style.visibility === 'hidden' || el.closest('.visually-hidden')) continue
      if (el.tagName === 'A') {
        const block = el.closest('p, li, dd, td')
        if (
          block &&
          (block.textContent ?? '').trim().length > (el.textContent ?? '').trim().length + 1 &&
          style.display === 'inline'
        )
          continue
      }
      if (box.width < 24 || box.height < 24)
        found.push(
          `${el.tagName.toLowerCase()} "${(el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 30)}" ${Math.round(box.width)}×${Math.round(box.height)}`,
        )
    }
    return found
  })
}

/**
 * Touch targets smaller than `min` CSS px in either direction, by bounding box (a kiosk counts every
 * target, inline links too). A radio or checkbox is measured by the label that holds it: that is what a
 * finger presses.
 */
export async function touchTargets(page: Page, min = 44): Promise<string[]> {
  return page.evaluate((size) => {
    const found: string[] = []
    for (const el of document.querySelectorAll<HTMLElement>(
      'a[href], button, input:not([type=hidden]), select, textarea, summary',
    )) {
      const target = (el instanceof HTMLInputElement && el.closest('label')) || el
      const box = target.getBoundingClientRect()
      if (box.width === 0 && box.height === 0) continue
      if (getComputedStyle(el).visibility === 'hidden' || el.closest('.visually-hidden')) continue
      if (box.width < size || box.height < size)
        found.push(
          `${el.tagName.toLowerCase()} "${(target.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 30)}" ${Math.round(box.width)}×${Math.round(box.height)}`,
        )
    }
    return found
  }, min)
}

/** Makes all text 200% of its size (WCAG 1.4.4) as a reader's browser setting would. */
export async function doubleText(page: Page): Promise<void> {
  await page.evaluate(() => {
    document.documentElement.style.fontSize = '200%'
  })
}

/** Tabs until the focused element satisfies `match`; false if it never does. */
export async function tabTo(
  page: Page,
  match: (el: { tag: string; text: string; type: string; name: string }) => boolean,
  max = 60,
): Promise<boolean> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab')
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLInputElement | null
      const label = a?.labels?.[0]?.textContent ?? ''
      return {
        tag: a?.tagName.toLowerCase() ?? '',
        text: ((a?.textContent ?? '') + label).trim(),
        type: a?.type ?? '',
        name: a?.name ?? '',
      }
    })
    if (match(el)) return true
  }
  return false
}

/**
 * With forced colours on, focusing the first control must change what is drawn around it: the
 * focus indicator survives the system palette.
 */
export async function focusVisibleInForcedColors(page: Page, selector: string): Promise<boolean> {
  await page.emulateMedia({ forcedColors: 'active' })
  const target = page.locator(selector).first()
  await target.scrollIntoViewIfNeeded()
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
  const box = await target.boundingBox()
  if (!box) return false
  const clip = { x: Math.max(0, box.x - 8), y: Math.max(0, box.y - 8), width: box.width + 16, height: box.height + 16 }
  const before = await page.screenshot({ clip })
  await target.focus()
  // Keyboard focus, so :focus-visible applies as it does for a keyboard user.
  await page.keyboard.press('Shift+Tab')
  await page.keyboard.press('Tab')
  const after = await page.screenshot({ clip })
  await page.emulateMedia({ forcedColors: 'none' })
  return !before.equals(after)
}
