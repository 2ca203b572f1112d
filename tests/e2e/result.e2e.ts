// The result a resident acts on: short on a phone, honest about dates, one printout, ticks that stay,
// and a page for links that cannot be read. The clock is fixed so that "today" never drifts.
import { describe, expect, it } from 'vitest'

import { axeViolations, baseURL, expectClean, openPage, PHONE, procedureCard, TODAY } from './setup/browser'
import { qrOf } from './setup/qr'

const FAMILY =
  '/result?ages=0,4,33,35&card=yes&date=2026-12-21&events=move-in&from=other-city&insurance=kokuho&nationality=japan'

async function openResult(path: string, at = TODAY, viewport = PHONE) {
  const watched = await openPage(viewport, at)
  await watched.page.goto(`${baseURL}${path}`)
  await procedureCard(watched.page, '転入届')
  return watched
}

/** "12月22日(火)" → "2026-12-22" (the family example's dates are all in 2026–27). */
function isoOf(text: string): string {
  const m = /(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日/.exec(text)
  if (!m) throw new Error(`no date in ${text}`)
  const month = Number(m[2])
  const year = m[1] ? Number(m[1]) : month >= 11 ? 2026 : 2027
  return `${year}-${String(month).padStart(2, '0')}-${String(m[3]).padStart(2, '0')}`
}

describe('the family example on a phone (360×740)', () => {
  it('fits in six screens before anything is opened, with jump links to the three parts', async () => {
    const watched = await openResult(FAMILY)
    const { page } = watched
    await page.waitForLoadState('networkidle')
    // Cards are drawn a few at a time, and suggestions when they come into view: scroll through first.
    await page.getByRole('heading', { name: '行く場所ごとの予定' }).waitFor()
    await expect.poll(() => page.locator('article').count()).toBeGreaterThan(8)
    await page.getByRole('region', { name: '行く場所ごとの予定' }).scrollIntoViewIfNeeded()
    await expect.poll(() => page.getByText('おすすめ:').count()).toBeGreaterThan(0)
    // Parts far from the screen are laid out only when scrolled to (content-visibility): measured laid out.
    const height = await page.evaluate(() => {
      for (const el of document.querySelectorAll<HTMLElement>('main article, main section'))
        el.style.contentVisibility = 'visible'
      return document.scrollingElement!.scrollHeight
    })
    expect(height).toBeLessThanOrEqual(6 * PHONE.height)
    for (const name of ['手続き', '持ち物', '行く順番'])
      expect(await page.getByRole('link', { name, exact: true }).count()).toBe(1)
    // Optional things are apart and closed; nothing optional says 必要.
    expect(await page.getByText('開く（任意の手続き').count()).toBe(1)
    expectClean(watched)
  })

  it('never suggests going before the move on 12月21日, and visits the offices in the order of their days', async () => {
    const { page } = await openResult(FAMILY)
    const trips = page.getByRole('region', { name: '行く場所ごとの予定' })
    await trips.scrollIntoViewIfNeeded()
    await expect.poll(() => trips.getByText(/^おすすめ:/).count()).toBeGreaterThan(0)
    const days = (await trips.getByText(/^おすすめ:/).allInnerTexts()).map(isoOf)
    for (const day of days) expect(day >= '2026-12-21').toBe(true)
    expect([...days].sort()).toEqual(days)
  })

  it('prints on at most two A4 pages, with a QR code that opens the result', async () => {
    const { page } = await openResult(FAMILY)
    await page.locator('.print-header img').waitFor({ state: 'attached' })
    expect(await qrOf(page, '.print-header img')).toBe(`${baseURL}${FAMILY}`)
    await page.emulateMedia({ media: 'print' })
    const pdf = (await page.pdf({ format: 'A4', printBackground: false })).toString('latin1')
    const pages = pdf.match(/\/Type\s*\/Page(?!s)/g) ?? []
    expect(pages.length).toBeGreaterThan(0)
    expect(pages.length).toBeLessThanOrEqual(2)
  })
})

describe('dates told apart from today', () => {
  it('on 2027-01-20 the 転入届 of a move on 12月21日 is past its deadline, says what to do, and offers no calendar', async () => {
    const watched = await openResult(FAMILY, new Date('2027-01-20T10:00:00+09:00'))
    const { page } = watched
    const card = await procedureCard(page, '転入届')
    const text = await card.innerText()
    expect(text).toContain('期限を過ぎています')
    expect(text).toContain('できるだけ早く')
    await card.locator('summary').click()
    expect(await card.getByRole('button', { name: 'カレンダーに追加' }).count()).toBe(0)
    expect(await page.getByRole('heading', { name: '期限を過ぎたもの' }).count()).toBe(1)
    expectClean(watched)
  })
})

describe('navigation for everyone, screen readers included', () => {
  it('names each page in the title, moves focus to its heading, and keeps the events on back', async () => {
    const watched = await openPage(PHONE)
    const { page } = watched
    await page.goto(baseURL)
    expect(await page.title()).toBe('北区 手続きナビ')
    await page.getByRole('checkbox', { name: '子どもが生まれた' }).check()
    await page.getByRole('button', { name: '次へ' }).click()
    await expect.poll(() => page.title()).toMatch(/^質問 2\/\d+：その日はいつですか｜北区 手続きナビ$/)
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1')
    await page.goBack()
    await expect.poll(() => page.getByRole('checkbox', { name: '子どもが生まれた' }).isChecked()).toBe(true)
    await page.goto(`${baseURL}/result?ages=0&childNationality=japan&date=2026-12-20&events=birth&insurance=kokuho`)
    await expect.poll(() => page.title()).toBe('結果：子どもが生まれた｜北区 手続きナビ')
    expectClean(watched)
  })
})

describe('ticks stay on the device', () => {
  it('a tick on an unsaved result survives a reload, and carries into the saved plan with a document tick', async () => {
    const watched = await openResult(FAMILY)
    const { page } = watched
    const tennyu = page.getByRole('checkbox', { name: '済み：転入届' })
    await tennyu.click()
    await expect.poll(() => tennyu.isChecked()).toBe(true)
    await page.reload()
    await expect.poll(() => page.getByRole('checkbox', { name: '済み：転入届' }).isChecked()).toBe(true)

    await page.getByRole('button', { name: '保存する' }).click()
    await page.getByRole('link', { name: '保存した手続きを開く' }).click()
    await expect.poll(() => page.getByRole('checkbox', { name: '済み：転入届' }).isChecked()).toBe(true)
    const doc = page.getByRole('checkbox', { name: '転出証明書：用意した' })
    await doc.click()
    await expect.poll(() => doc.isChecked()).toBe(true)
    await page.reload()
    await expect.poll(() => page.getByRole('checkbox', { name: '転出証明書：用意した' }).isChecked()).toBe(true)
    expect(await page.getByRole('checkbox', { name: '済み：転入届' }).isChecked()).toBe(true)
    expectClean(watched)
  })
})

describe('links that cannot be read whole', () => {
  it.each([
    ['a value 5,000 characters long', `/result?events=move-in&date=2026-12-21&from=${'x'.repeat(5000)}`],
    ['an event with a zero-width space', '/result?events=move%E2%80%8B-in&date=2026-12-21'],
    ['an unknown event', '/result?events=flood&date=2026-12-21'],
  ])('%s opens the "could not read" page, with what was read and a way on', async (_name, path) => {
    const watched = await openPage(PHONE)
    const { page } = watched
    await page.goto(`${baseURL}${path}`)
    await page.getByRole('heading', { level: 1, name: 'このリンクは一部しか読めませんでした' }).waitFor()
    expect(await page.getByRole('link', { name: 'はじめからやり直す' }).count()).toBe(1)
    expectClean(watched)
  })
})

describe('axe finds nothing in the new states', () => {
  it.each([
    ['overdue, 360 wide', PHONE],
    ['overdue, 1080 wide', { width: 1080, height: 1920 }],
  ])('%s: an overdue card opened, and the print view', async (_name, viewport) => {
    const watched = await openResult(FAMILY, new Date('2027-01-20T10:00:00+09:00'), viewport)
    const { page } = watched
    const card = await procedureCard(page, '転入届')
    await card.locator('summary').click()
    expect(await axeViolations(page)).toEqual([])
    await page.emulateMedia({ media: 'print' })
    expect(await axeViolations(page)).toEqual([])
    expectClean(watched)
  })
})
