// The 区民事務所 terminal: 1080×1920 portrait, touch only. A resident goes from the start to a QR code of
// their result by touch; a terminal left alone counts down, then forgets everything; the operator's
// settings are checked and a bad one is named while the last good one stays.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { axeViolations, baseURL, expectClean, openPage, TODAY } from './setup/browser'
import { touchTargets } from './setup/gates'
import { qrOf } from './setup/qr'

const KIOSK = { width: 1080, height: 1920 }

async function openKiosk(query: string) {
  const watched = await openPage(KIOSK, null, { hasTouch: true, serviceWorkers: 'allow' })
  await watched.page.clock.install({ time: TODAY })
  await watched.page.goto(`${baseURL}/kiosk${query}`)
  await watched.page.getByRole('button', { name: 'はじめから（次の方へ）' }).waitFor()
  return watched
}

/** Every target at least 44 px and no axe violation on the screen shown now. */
async function checkScreen(page: Page, problems: string[]) {
  const small = await touchTargets(page, 44)
  const axe = await axeViolations(page)
  const title = await page.title()
  problems.push(...small.map((s) => `${title}: small ${s}`), ...axe.map((a) => `${title}: ${a}`))
}

/** What the device holds: storage, databases, cookies, and any cached address with a query (answers) beyond the precache's revisions. */
function storageOf(page: Page) {
  return page.evaluate(async () => ({
    local: Object.keys(localStorage),
    // vue-router writes its scroll map at start; with the terminal's memory history it stays empty ("{}").
    session: Object.entries(sessionStorage).filter(([key, value]) => !(key === 'vue-router:scroll' && value === '{}')),
    databases: (await indexedDB.databases()).map((d) => d.name),
    cookies: document.cookie,
    cachedWithQuery: (
      await Promise.all(
        (await caches.keys()).map(async (name) => (await (await caches.open(name)).keys()).map((r) => r.url)),
      )
    )
      .flat()
      .filter((u) => new URL(u).search.replace(/^\?__WB_REVISION__=\w+$/, '') !== ''),
  }))
}

describe('the kiosk at a 区民事務所 (1080×1920, touch)', () => {
  it('a move-in by touch alone ends on a QR code of the answers, on screens with large targets', async () => {
    const watched = await openKiosk('?office=oji')
    const { page } = watched
    const problems: string[] = []
    let touches = 0
    const tap = async (name: string | RegExp, role: 'button' | 'radio' | 'checkbox' = 'button') => {
      await page.getByRole(role, { name, exact: role !== 'checkbox' && typeof name === 'string' }).tap()
      touches += 1
    }
    await checkScreen(page, problems)
    // The office's own counters come first on the start screen.
    expect(await page.getByRole('heading', { name: 'この窓口の待ち時間' }).count()).toBe(1)
    await tap('北区に引っ越してきた（来る）', 'checkbox')
    await tap('次へ')
    await page.getByRole('heading', { name: 'その日はいつですか' }).waitFor()
    await checkScreen(page, problems)
    await tap('次の月')
    await tap(/^12月21日/)
    await tap('次へ')
    for (const [heading, choice] of [
      ['どこから', '日本のほかの市区町村'],
      ['日本の国籍', 'はい（日本国籍）'],
      ['マイナンバーカード', '持っている'],
    ] as const) {
      await page.getByRole('heading', { level: 1, name: new RegExp(heading) }).waitFor()
      if (heading === 'どこから') await checkScreen(page, problems)
      await tap(choice, 'radio')
      await tap('次へ')
    }
    await page.getByRole('heading', { level: 1, name: /年齢/ }).waitFor()
    await checkScreen(page, problems)
    // Two adults (34 and 32) and a child of 4: no keyboard anywhere.
    await tap('1人目の年齢を+1')
    for (let i = 0; i < 3; i++) await tap('1人目の年齢を+1')
    await tap('人を追加')
    await tap('2人目の年齢を+1')
    await tap('2人目の年齢を+1')
    await tap('人を追加')
    for (let i = 0; i < 3; i++) await tap('3人目の年齢を-10')
    for (let i = 0; i < 4; i++) await tap('3人目の年齢を+1')
    await tap('次へ')
    for (const [heading, choice] of [
      ['健康保険', '国民健康保険（区の保険）'],
      ['運転免許証', '持っていない'],
      ['犬を飼って', '飼っていない'],
      ['原付', '持っていない'],
    ] as const) {
      await page.getByRole('heading', { level: 1, name: new RegExp(heading) }).waitFor()
      await tap(choice, 'radio')
      await tap('次へ')
    }
    await page.getByRole('heading', { name: '結果を持ち帰る' }).waitFor()
    await page.getByRole('img', { name: /QR/ }).waitFor()
    const link = await qrOf(page, '.handoff img')
    const answers = new URL(link!)
    expect(`${answers.origin}${answers.pathname}`).toBe(`${baseURL}/result`)
    expect(Object.fromEntries(answers.searchParams)).toMatchObject({
      events: 'move-in',
      date: '2026-12-21',
      from: 'other-city',
      nationality: 'japan',
      card: 'yes',
      insurance: 'kokuho',
    })
    expect(
      answers.searchParams
        .get('ages')
        ?.split(',')
        .map(Number)
        .sort((a, b) => a - b),
    ).toEqual([4, 32, 34])
    // Nothing to keep on a shared terminal: no ticks, no saving, no share sheet; the trip marks where the resident stands.
    expect(await page.getByRole('checkbox').count()).toBe(0)
    expect(await page.getByRole('button', { name: '保存する' }).count()).toBe(0)
    expect(await page.getByRole('button', { name: '共有・QR' }).count()).toBe(0)
    await page.getByRole('heading', { name: '行く場所ごとの予定' }).scrollIntoViewIfNeeded()
    await page.getByText('いまここ').waitFor()
    await checkScreen(page, problems)
    expect(problems).toEqual([])
    expect(await storageOf(page)).toMatchObject({
      local: ['navi.kiosk'],
      session: [],
      databases: [],
      cookies: '',
      cachedWithQuery: [],
    })
    console.info(`kiosk move-in journey: ${touches} touches from start to QR`)
    expectClean(watched)
  }, 120_000)

  it('counts down when left alone, keeps going on 「続ける」, then forgets the resident entirely', async () => {
    const watched = await openKiosk('?office=akabane&idle=30')
    const { page } = watched
    // What a resident does that a phone would keep: another language, a larger text, a started journey.
    await page.getByRole('link', { name: '言語 / Language' }).tap()
    await page.getByRole('button', { name: 'English' }).tap()
    await page.getByRole('heading', { level: 1, name: /What has happened/ }).waitFor()
    await page.getByRole('checkbox', { name: /Moving into Kita/ }).tap()
    await page.clock.fastForward(31_000)
    const dialog = page.getByRole('alertdialog')
    await dialog.waitFor()
    expect(await dialog.textContent()).toMatch(/\d+ seconds/)
    const problems: string[] = []
    await checkScreen(page, problems)
    expect(problems).toEqual([])
    await dialog.getByRole('button', { name: 'Continue' }).tap()
    await dialog.waitFor({ state: 'detached' })
    expect(await page.getByRole('checkbox', { name: /Moving into Kita/ }).isChecked()).toBe(true)
    // Left alone again: past the idle time and the countdown, the terminal starts over.
    await page.clock.fastForward(31_000)
    await dialog.waitFor()
    await page.clock.fastForward(31_000)
    await page.waitForURL(`${baseURL}/kiosk?office=akabane&idle=30`)
    await page.getByRole('heading', { level: 1, name: 'どんなことがありましたか' }).waitFor()
    expect(await page.locator('html').getAttribute('lang')).toBe('ja')
    expect(await page.getByRole('checkbox', { name: '北区に引っ越してきた（来る）' }).isChecked()).toBe(false)
    expect(await storageOf(page)).toEqual({
      local: ['navi.kiosk'],
      session: [],
      databases: [],
      cookies: '',
      cachedWithQuery: [],
    })
    // The browser's history holds the start address only: nothing a resident opened.
    expect(await page.evaluate(() => history.length)).toBeLessThanOrEqual(2)
    expectClean(watched)
  }, 120_000)

  it('names a refused setting on the operator’s screen and keeps the last good one', async () => {
    const watched = await openKiosk('?office=takinogawa&idle=90')
    const { page } = watched
    await page.goto(`${baseURL}/kiosk?office=shibuya&idle=5`)
    const alert = page.getByRole('alert')
    await alert.waitFor()
    expect(await alert.textContent()).toContain('「5」は使えません')
    expect(await alert.textContent()).toContain('「shibuya」は、このナビにない窓口です')
    expect(await page.getByText('いまいる場所:').textContent()).toContain('滝野川区民事務所')
    // The staff overlay: hold the name for three seconds.
    const brand = page.getByRole('link', { name: '北区 手続きナビ' })
    const box = (await brand.boundingBox())!
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
    await page.mouse.down()
    await page.clock.fastForward(3_100)
    await page.mouse.up()
    const staff = page.getByRole('dialog', { name: '係員用の情報' })
    await staff.waitFor()
    expect(await staff.textContent()).toContain('操作がないまま90秒')
    expect(await staff.textContent()).toContain('滝野川区民事務所')
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('どんなことがありましたか')
    expectClean(watched)
  }, 120_000)
})
