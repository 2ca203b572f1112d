// For the ward's smartphone classes (plan ①3-(1)): on a phone, the guide is accessible and the text
// size chosen there is the one the next visit starts with; 「一緒に見る」 is accessible in a second language.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { axeViolations, baseURL, expectClean, openPage, PHONE, type WatchedPage } from './setup/browser'
import { horizontalOverflow, smallTargets } from './setup/gates'

describe('smartphone class support on a phone', () => {
  let watched: WatchedPage
  beforeAll(async () => {
    watched = await openPage(PHONE)
  })
  afterAll(async () => {
    await watched.page.context().close()
  })

  it('the guide passes axe at a phone’s size, and the text size chosen there survives a reload', async () => {
    const { page } = watched
    await page.goto(`${baseURL}/guide`)
    await page.getByRole('heading', { level: 1, name: '使い方' }).waitFor()
    await page.waitForLoadState('networkidle')
    const failures = [...(await axeViolations(page)), ...(await smallTargets(page)).map((t) => `small target ${t}`)]
    const overflow = await horizontalOverflow(page)
    if (overflow) failures.push(`scrolls sideways by ${overflow}px`)
    expect(failures).toEqual([])

    const rootSize = () => page.evaluate(() => getComputedStyle(document.documentElement).fontSize)
    expect(await rootSize()).toBe('16px')
    await page.getByRole('group', { name: '文字の大きさ' }).getByRole('link', { name: 'もっと大きく' }).click()
    await expect.poll(rootSize).toBe('24px')
    await page.reload()
    await page.getByRole('heading', { level: 1, name: '使い方' }).waitFor()
    // Applied by boot.js before the app has started, and kept by the app once it has.
    expect(await rootSize()).toBe('24px')
    expect(await page.getByRole('link', { name: 'もっと大きく' }).getAttribute('aria-current')).toBe('true')
    expectClean(watched)
  })

  it('「一緒に見る」 in English beside Japanese passes axe at a phone’s size', async () => {
    const { page } = watched
    await page.evaluate(() => {
      localStorage.setItem('navi.locale', 'en')
      localStorage.setItem('navi.textSize', 'normal')
    })
    await page.goto(`${baseURL}/together?date=2026-12-01&events=move-in&from=other-city&insurance=kokuho`)
    await page.getByRole('heading', { level: 1, name: /View together ／ 一緒に見る/ }).waitFor()
    await page.locator('.pair .cell[lang="ja"]').first().waitFor()
    await page.waitForLoadState('networkidle')
    expect(
      await page
        .locator('.pair')
        .first()
        .locator('.cell')
        .evaluateAll((cells) => cells.map((c) => c.getAttribute('lang'))),
    ).toEqual(['en', 'ja'])
    const failures = [...(await axeViolations(page)), ...(await smallTargets(page)).map((t) => `small target ${t}`)]
    const overflow = await horizontalOverflow(page)
    if (overflow) failures.push(`scrolls sideways by ${overflow}px`)
    expect(failures).toEqual([])
    expectClean(watched)
  })
})
