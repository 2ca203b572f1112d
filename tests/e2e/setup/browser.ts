import { inject, afterAll, expect } from 'vitest'
import { chromium, type Browser, type Page } from 'playwright-core'
import { AxeBuilder } from '@axe-core/playwright'
import { CHROME_ARGS } from './chrome'

export const baseURL = inject('baseURL')

let browser: Browser | undefined

export async function launch(): Promise<Browser> {
  browser ??= await chromium.launch({ executablePath: inject('chromePath'), args: CHROME_ARGS })
  return browser
}

afterAll(async () => {
  await browser?.close()
  browser = undefined
})

export interface WatchedPage {
  page: Page
  /** Console errors, page errors and CSP violations seen so far. */
  problems: string[]
}

/** The day the journeys happen: a fixed clock, so dates read the same whatever day the suite runs. */
export const TODAY = new Date('2026-11-25T10:00:00+09:00')

/** A fresh page at a phone's size that records every console error and CSP violation. */
export async function openPage(viewport = { width: 360, height: 740 }, now: Date | null = TODAY): Promise<WatchedPage> {
  const context = await (await launch()).newContext({ viewport, locale: 'ja-JP', timezoneId: 'Asia/Tokyo' })
  const page = await context.newPage()
  if (now) await page.clock.setFixedTime(now)
  const problems: string[] = []
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`) })
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`))
  await page.exposeFunction('__reportCsp', (text: string) => problems.push(`CSP: ${text}`))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportCsp: (t: string) => void }).__reportCsp(`${e.violatedDirective} ${e.blockedURI}`)
    })
  })
  return { page, problems }
}

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`)
}

export function expectClean(watched: WatchedPage) {
  expect(watched.problems).toEqual([])
}

/** Opens the start page, ticks the life events and goes on. */
export async function chooseEvents(page: Page, titles: string[]) {
  await page.goto(baseURL)
  for (const title of titles) await page.getByRole('checkbox', { name: title }).check()
  await page.getByRole('button', { name: '次へ' }).click()
}

export async function answerChoice(page: Page, heading: string, choice: string) {
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain(heading)
  await page.getByRole('radio', { name: choice }).check()
  await page.getByRole('button', { name: '次へ' }).click()
}

export async function answerText(page: Page, heading: string, label: string, value: string) {
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain(heading)
  await page.getByLabel(label).fill(value)
  await page.getByRole('button', { name: '次へ' }).click()
}

/** A procedure's card on a result, by its exact title. */
export async function procedureCard(page: Page, title: string) {
  const card = page.getByRole('article', { name: title, exact: true })
  await card.waitFor()
  return card
}
