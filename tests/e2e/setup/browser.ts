import { AxeBuilder } from '@axe-core/playwright'
import { type Browser, chromium, type Page } from 'playwright-core'
import { afterAll, expect, inject } from 'vitest'

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

/** The phone every page is tried on unless a test says otherwise. */
export const PHONE = { width: 360, height: 740 }

/**
 * A fresh browser context on a phone-sized page, its clock fixed at TODAY (null: the real clock), with
 * every console error, page error and CSP violation collected. No service worker unless a test asks for one
 * (`serviceWorkers: 'allow'`: offline, the kiosk's storage): installing one precaches the whole app, a few seconds
 * of the shared machine per page, and page.route does not see what a worker fetches.
 */
export async function openPage(
  viewport = PHONE,
  now: Date | null = TODAY,
  { serviceWorkers = 'block', hasTouch = false }: { serviceWorkers?: 'allow' | 'block'; hasTouch?: boolean } = {},
): Promise<WatchedPage> {
  const context = await (
    await launch()
  ).newContext({ viewport, locale: 'ja-JP', timezoneId: 'Asia/Tokyo', serviceWorkers, hasTouch })
  const page = await context.newPage()
  if (now) await page.clock.setFixedTime(now)
  const problems: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`)
  })
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`))
  await page.exposeFunction('__reportCsp', (text: string) => problems.push(`CSP: ${text}`))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      ;(window as unknown as { __reportCsp: (t: string) => void }).__reportCsp(`${e.violatedDirective} ${e.blockedURI}`)
    })
  })
  return { page, problems }
}

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()
  return results.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join('; ')})`,
  )
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
  await page.getByRole('radio', { name: choice, exact: true }).check()
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

/** The death flow as an adult child answers it: an older parent on 後期高齢者医療, no property, a small estate. */
export async function reportDeath(page: Page, { date, age, pension }: { date: string; age: string; pension: string }) {
  await chooseEvents(page, ['家族が亡くなった'])
  await answerText(page, 'その日はいつですか', '日付', date)
  await page.getByRole('button', { name: '育てている子どもはいない' }).click()
  await answerText(page, '亡くなった方は何歳でしたか', '年齢', age)
  await answerChoice(page, '亡くなった方の健康保険はどれでしたか', '後期高齢者医療制度（75歳以上）')
  await answerChoice(page, '亡くなった方は日本の国籍でしたか', 'はい（日本国籍）')
  await answerChoice(page, '亡くなった方は年金を受け取っていましたか', pension)
  await answerChoice(page, '亡くなった方は世帯主でしたか', '世帯主ではなかった')
  await answerChoice(
    page,
    '亡くなった方は、毎年、確定申告をしていましたか',
    'していなかった（会社員の年末調整だけ など）',
  )
  await answerChoice(page, '亡くなった方の名前の土地や建物がありますか', 'ない')
  await answerChoice(page, '遺産の合計は', '超えない')
}
