// Accessibility gates in the seven languages beyond ja, ja-easy and en (which tests/e2e/gates.e2e.ts covers on
// every route). A file of its own so that the two e2e workers share the gates.
import { beforeAll, describe, expect, it } from 'vitest'

import { axeViolations, baseURL, openPage, PHONE, type WatchedPage } from './setup/browser'
import { GATED_RESULT, horizontalOverflow } from './setup/gates'

// The other seven languages on a phone: their words (and scripts) differ, their layout does not, so a
// few key screens each, opened by a ?lang= link as a shared address would be, on one page for all: a question
// (options and hints), the result (dates, cards, warnings, the Japanese terms) and a procedure's own page.
const OTHER_LOCALES = ['zh-Hans', 'zh-Hant', 'ko', 'vi', 'ne', 'my', 'tl']
// "May" is left out: it is a common Tagalog word ("there is").
const ENGLISH_MONTH = /\b(January|February|March|April|June|July|August|September|October|November|December)\b/
// Each with what shows it is drawn with its content (the procedure's Japanese name beside the translated one).
const KEY_SCREENS = [
  ['/q/insurance?date=2026-12-01&events=move-in', 'main input[type=radio]'],
  [GATED_RESULT, 'main article'],
  ['/procedures/tennyu?date=2026-12-01&events=move-in', 'main h1 .ja-term'],
] as const

describe('the other languages at 360×740', () => {
  let watched: WatchedPage
  beforeAll(async () => {
    watched = await openPage(PHONE)
  })

  it.each(OTHER_LOCALES)(
    '%s: a question, a result and a procedure: axe finds nothing, no English month, no sideways scroll',
    async (locale) => {
      const { page } = watched
      watched.problems.length = 0
      const failures: string[] = []
      for (const [screen, drawn] of KEY_SCREENS) {
        await page.goto(`${baseURL}${screen}${screen.includes('?') ? '&' : '?'}lang=${locale}`)
        // Drawn in the language, with its content: axe, not the network, is what this test spends time on.
        await page.locator(`html[lang="${locale}"]`).waitFor()
        await page.locator(drawn).first().waitFor()
        failures.push(...(await axeViolations(page)).map((v) => `${screen}: ${v}`))
        // A browser without the language's date data (Chromium has none for ne and my) must not fall back to English months.
        const english = (await page.locator('main').innerText()).match(ENGLISH_MONTH)
        if (english) failures.push(`${screen}: English month "${english[0]}"`)
        const overflow = await horizontalOverflow(page)
        if (overflow) failures.push(`${screen}: scrolls sideways by ${overflow}px`)
      }
      expect(failures).toEqual([])
      expect(watched.problems).toEqual([])
    },
    120_000,
  )
})
