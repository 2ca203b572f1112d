// Two journeys read in their own script, by clicking, from the first screen to the result: the language
// stays in every address on the way, and the result reads in the resident's script, the Japanese names
// printed beside the translated ones (lang="ja", for the counter) aside.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { baseURL, expectClean, openPage } from './setup/browser'

/** Letters (\p{L}) of main's visible text, those of elements marked lang="ja" aside, and the share in `script`. */
function scriptShare(page: Page, script: 'Latin' | 'Han') {
  return page.evaluate((name) => {
    const main = document.querySelector('main') as HTMLElement
    const letters = (text: string) => text.match(/\p{L}/gu) ?? []
    const japanese = [...main.querySelectorAll<HTMLElement>('[lang="ja"]')]
      .filter((el) => !el.parentElement?.closest('[lang="ja"]') && el.checkVisibility())
      .flatMap((el) => letters(el.innerText))
    const all = letters(main.innerText)
    const inScript = (list: string[]) => list.filter((l) => new RegExp(`\\p{Script=${name}}`, 'u').test(l)).length
    const total = all.length - japanese.length
    return { total, share: (inScript(all) - inScript(japanese)) / total }
  }, script)
}

/** Every in-app link on the page: the addresses that do not carry `lang=<code>`. */
function linksWithout(page: Page, code: string) {
  return page
    .locator('a[href^="/"]')
    .evaluateAll(
      (links, lang) =>
        links
          .map((a) => a.getAttribute('href') ?? '')
          .filter((h) => new URL(h, location.href).searchParams.get('lang') !== lang),
      code,
    )
}

function answering(page: Page, code: string, next: string) {
  const asked = async (heading: string) => {
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain(heading)
    expect(new URL(page.url()).searchParams.get('lang')).toBe(code)
  }
  return {
    choice: async (heading: string, choice: string) => {
      await asked(heading)
      await page.getByRole('radio', { name: choice, exact: true }).check()
      await page.getByRole('button', { name: next, exact: true }).click()
    },
    text: async (heading: string, label: string, value: string) => {
      await asked(heading)
      await page.getByLabel(label).fill(value)
      await page.getByRole('button', { name: next, exact: true }).click()
    },
  }
}

describe('journeys in the resident’s own script', () => {
  it('moving in, in Vietnamese from a ?lang=vi link: Latin script on the result, lang=vi on every link', async () => {
    const watched = await openPage()
    const { page } = watched
    await page.goto(`${baseURL}/?lang=vi`)
    await page.getByRole('checkbox', { name: /Chuyển đến quận Kita/ }).check()
    await page.getByRole('button', { name: 'Tiếp theo', exact: true }).click()
    const answer = answering(page, 'vi', 'Tiếp theo')
    await answer.text('Việc đó vào ngày nào?', 'Ngày', '2026-12-01')
    await answer.choice('Bạn chuyển đến từ đâu?', 'Quận/thành phố khác ở Nhật')
    await answer.choice('Bạn có quốc tịch Nhật không?', 'Không (quốc tịch nước ngoài)')
    await answer.choice('Bạn có thẻ My Number không?', 'Có')
    await answer.text('Tuổi của những người làm thủ tục', 'Tuổi', '34, 32, 5')
    await answer.choice('Hiện bạn đang có bảo hiểm y tế nào?', 'Bảo hiểm y tế quốc dân (bảo hiểm của quận)')
    await answer.choice('Bạn có bằng lái xe không?', 'Không có')
    await answer.choice('Bạn có nuôi chó không?', 'Không nuôi')
    await answer.choice('Bạn có xe gắn máy', 'Không có')

    await page.getByRole('heading', { level: 1, name: 'Thủ tục của bạn' }).waitFor()
    await page.getByRole('article', { name: /Khai báo chuyển đến/ }).waitFor()
    // The result is drawn in parts; the trip plan comes last.
    await page.locator('main #h-trips').waitFor()
    expect(new URL(page.url()).searchParams.get('lang')).toBe('vi')
    expect(await page.locator('html').getAttribute('lang')).toBe('vi')
    const { total, share } = await scriptShare(page, 'Latin')
    console.info(`vi result: ${total} letters, ${(share * 100).toFixed(1)}% Latin`)
    expect(total).toBeGreaterThan(500)
    expect(share).toBeGreaterThanOrEqual(0.9)
    expect(await linksWithout(page, 'vi')).toEqual([])
    expectClean(watched)
  })

  it('a birth, in Simplified Chinese chosen on the language screen: Han script on the result', async () => {
    const watched = await openPage()
    const { page } = watched
    await page.goto(baseURL)
    await page.getByRole('link', { name: '言語 / Language' }).first().click()
    await page.getByRole('button', { name: '简体中文' }).click()
    // Opened from the start page, the language screen returns to it, now in Chinese.
    await page.getByRole('checkbox', { name: /孩子出生了/ }).check()
    expect(new URL(page.url()).searchParams.get('lang')).toBe('zh-Hans')
    await page.getByRole('button', { name: '下一步', exact: true }).click()
    const answer = answering(page, 'zh-Hans', '下一步')
    await answer.text('是哪一天？', '日期', '2026-12-20')
    await answer.choice('出生的孩子是日本国籍吗？', '是（日本国籍）')
    await answer.text('办理手续的人的年龄', '年龄', '0, 31')
    await answer.choice('您现在加入的是哪种健康保险？', '国民健康保险（区的保险）')

    await page.getByRole('heading', { level: 1, name: '您的手续' }).waitFor()
    await page.getByRole('article', { name: /出生申报/ }).waitFor()
    await page.locator('main #h-trips').waitFor()
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-Hans')
    const { total, share } = await scriptShare(page, 'Han')
    console.info(`zh-Hans result: ${total} letters, ${(share * 100).toFixed(1)}% Han`)
    expect(total).toBeGreaterThan(300)
    expect(share).toBeGreaterThanOrEqual(0.9)
    expect(await linksWithout(page, 'zh-Hans')).toEqual([])
    expectClean(watched)
  })
})
