// Accessibility and security gates on every route, in each language, on a phone.
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'

import { beforeAll, describe, expect, it } from 'vitest'

import { axeViolations, baseURL, openPage, PHONE, reportDeath, type WatchedPage } from './setup/browser'
import {
  doubleText,
  focusVisibleInForcedColors,
  GATED_RESULT,
  horizontalOverflow,
  smallTargets,
  tabTo,
} from './setup/gates'

const ROUTES = [
  '/',
  '/q/date?events=birth',
  '/q/insurance?date=2026-12-01&events=move-in',
  '/q/ages?date=2026-12-01&events=move-in&insurance=kokuho',
  '/q/date.birth?events=move-in,birth',
  GATED_RESULT,
  '/procedures/tennyu?date=2026-12-01&events=move-in',
  '/procedures/shussei',
  '/offices/akabane',
  '/plans',
  '/plans/not-saved-here',
  '/language',
  '/search?q=%E8%BB%A2%E5%85%A5',
  '/no-such-page',
  '/result?events=flood',
]
const LOCALES = ['ja', 'ja-easy', 'en'].filter(
  (l) => l === 'ja' || existsSync(new URL(`../../locales/${l}.json`, import.meta.url)),
)

// Each language on a phone (their layout is the same, their words are not); the 1080×1920 terminal is
// gated in kiosk mode, as residents meet it, by tests/e2e/kiosk.e2e.ts (44 px targets, axe on each
// screen). One page per language, one test per route: a slow route fails alone, with its own budget.
const RUNS = LOCALES.map((locale) => [locale, PHONE] as const)
// Japanese on every route; やさしい日本語 and English (whose words, not layout, differ) on the screens where their
// words are most and longest: the first screen, a question with hints, the result, a procedure, search, languages.
const KEY_ROUTES = new Set([
  '/',
  '/q/insurance?date=2026-12-01&events=move-in',
  GATED_RESULT,
  '/procedures/shussei',
  '/language',
  '/search?q=%E8%BB%A2%E5%85%A5',
])
const NARROW = { width: 320, height: 640 }
const routesFor = (locale: string) => (locale === 'ja' ? ROUTES : ROUTES.filter((r) => KEY_ROUTES.has(r)))

describe.each(RUNS)('%s at %o', (locale, viewport) => {
  let watched: WatchedPage
  beforeAll(async () => {
    watched = await openPage(viewport)
    await watched.page.addInitScript((code) => localStorage.setItem('navi.locale', code), locale)
  })

  it.each(routesFor(locale))(
    locale === 'ja'
      ? '%s: axe finds nothing, no console error or CSP violation, targets ≥ 24 px, no sideways scroll at 360 px, at 320 px, nor with text at twice its size'
      : '%s: axe finds nothing, no console error or CSP violation, targets ≥ 24 px, no sideways scroll',
    async (route) => {
      const { page } = watched
      watched.problems.length = 0
      await page.setViewportSize(viewport)
      await page.goto(`${baseURL}${route}`)
      await page.locator('h1').first().waitFor()
      await page.waitForLoadState('networkidle')
      const failures = [...(await axeViolations(page)), ...(await smallTargets(page)).map((t) => `small target ${t}`)]
      const overflow = await horizontalOverflow(page)
      if (overflow) failures.push(`scrolls sideways by ${overflow}px`)
      expect(failures).toEqual([])
      // The not-found page is sent with its 404 status, which the browser logs (a service worker's shell would not).
      const missing = route === '/no-such-page' ? /^console: Failed to load resource: .* 404 / : /^$/
      expect(watched.problems.filter((p) => !missing.test(p))).toEqual([])
      // Reflow (the layout, the same in every language) on every route, on the page already open: at 320 px
      // wide, then with the text at twice its size.
      if (locale !== 'ja') return
      await page.setViewportSize(NARROW)
      expect(await horizontalOverflow(page), 'at 320 px').toBe(0)
      await doubleText(page)
      expect(await horizontalOverflow(page), 'at 200% text').toBe(0)
    },
    120_000,
  )
})

describe('keyboard only', () => {
  it('a resident reaches a result without a mouse', async () => {
    const { page, problems } = await openPage()
    await page.goto(baseURL)
    expect(await tabTo(page, (el) => el.type === 'checkbox' && el.text.includes('子どもが生まれた'))).toBe(true)
    await page.keyboard.press('Space')
    expect(await tabTo(page, (el) => el.tag === 'button' && el.text === '次へ')).toBe(true)
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { name: 'その日はいつですか' }).waitFor()
    expect(await tabTo(page, (el) => el.tag === 'button' && el.text === 'わからない')).toBe(true)
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { name: '生まれた子は日本の国籍ですか' }).waitFor()
    expect(await tabTo(page, (el) => el.type === 'radio')).toBe(true)
    await page.keyboard.press('Space')
    expect(await tabTo(page, (el) => el.tag === 'button' && el.text === '次へ')).toBe(true)
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { name: /年齢/ }).waitFor()
    expect(await tabTo(page, (el) => el.tag === 'input')).toBe(true)
    await page.keyboard.type('0')
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { name: 'いまの健康保険はどれですか' }).waitFor()
    expect(await tabTo(page, (el) => el.type === 'radio')).toBe(true)
    // Arrow keys move within a radio group, as in every native form.
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Space')
    expect(await tabTo(page, (el) => el.tag === 'button' && el.text === '次へ')).toBe(true)
    await page.keyboard.press('Enter')
    await page.getByRole('article', { name: '出生届', exact: true }).waitFor()
    expect(problems).toEqual([])
  })

  it('focus stays visible with forced colours (high contrast)', async () => {
    const { page } = await openPage()
    await page.goto(baseURL)
    expect(await focusVisibleInForcedColors(page, 'button[type=submit]')).toBe(true)
    await page.goto(`${baseURL}${GATED_RESULT}`)
    await page.locator('h1').waitFor()
    expect(await focusVisibleInForcedColors(page, 'article a')).toBe(true)
  })
})

describe('privacy', () => {
  it('the answers never leave the device: no request made while answering carries them', async () => {
    const { page } = await openPage()
    const sent: string[] = []
    page.on('request', (r) => sent.push(`${r.method()} ${r.url()} ${r.postData() ?? ''}`))
    await reportDeath(page, { date: '2026-11-22', age: '87', pension: '受け取っていた' })
    await page.getByRole('article', { name: '死亡届', exact: true }).waitFor()
    await page.waitForLoadState('networkidle')
    expect(sent.length).toBeGreaterThan(0)
    // Nothing sent names an answer: no address, query or body with the event, the date, the insurance or the age.
    const catalogFile = /\/assets\/catalog\/[\w.-]+\.(jgz|json)$/
    const leaks = sent.filter((s) => !catalogFile.test(s.split(' ')[1]!) && /death|2026-11-22|koki|\b87\b/.test(s))
    expect(leaks).toEqual([])
    // The catalog's files are named by event, so the phone asks for all of them, whatever the answers.
    const procedureFiles = readdirSync(join(process.cwd(), 'dist/assets/catalog')).filter((f) =>
      /^procedures-[\w-]+\.jgz$/.test(f),
    )
    const asked = sent.map((s) => s.split(' ')[1]!.split('/').at(-1)!).filter((f) => f.startsWith('procedures-'))
    expect(asked.sort()).toEqual(procedureFiles.sort())
  })
})
