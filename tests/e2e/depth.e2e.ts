// What the depth work added, seen in the browser: a document that cannot arrive before a deadline is
// warned about at the top of the result, with the deadline as a date. The clock is fixed at TODAY (11/25).
import { mkdirSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { axeViolations, baseURL, expectClean, openPage, PHONE, procedureCard } from './setup/browser'

// A Japanese national back from abroad who moved in on 11/20 (Fri): 転入届 is due 12/4 (Fri), nine days
// after today, and the family register papers take about 14 days by post from the city of the 本籍.
const BACK_FROM_ABROAD =
  '/result?events=move-in&date=2026-11-20&from=abroad&nationality=japan&ages=52&insurance=kokuho&card=yes&student=no&licence=no&dog=no&moped=no&proxy=self'
const SHOT = new URL('../../test-results/', import.meta.url)

describe('a document that takes longer than the time left', () => {
  it('is warned about on the first screen, naming it and the 転入届 deadline as a date; axe finds nothing', async () => {
    const watched = await openPage(PHONE)
    const { page } = watched
    await page.goto(`${baseURL}${BACK_FROM_ABROAD}`)
    await procedureCard(page, '転入届')
    const warning = page.getByRole('listitem').filter({ hasText: '戸籍謄本と戸籍の附票は手元に届くまで約14日' })
    expect(await warning.innerText()).toContain('転入届の期限（12月4日(金)）に間に合わないかもしれません')
    // Up front: inside the first 360×740 screen, before any scrolling.
    const box = await warning.boundingBox()
    expect(box && box.y >= 0 && box.y + box.height <= PHONE.height).toBe(true)
    mkdirSync(SHOT, { recursive: true })
    await page.screenshot({ path: new URL('lead-time-warning.png', SHOT).pathname })
    expect(await axeViolations(page)).toEqual([])
    expectClean(watched)
  })
})
