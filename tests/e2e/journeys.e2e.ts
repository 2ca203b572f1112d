// A resident's journeys, through the real screens in Chromium, asserting what the resident sees.
import { describe, expect, it } from 'vitest'

import {
  answerChoice,
  answerText,
  baseURL,
  chooseEvents,
  expectClean,
  openPage,
  procedureCard,
  reportDeath,
} from './setup/browser'

describe('a family moving into Kita with a child', () => {
  it('gets 転入届 by 12月15日 at a 区民事務所, 児童手当 and a trip plan', async () => {
    const watched = await openPage()
    const { page } = watched
    await chooseEvents(page, ['北区に引っ越してきた（来る）'])
    await answerText(page, 'その日はいつですか', '日付', '2026-12-01')
    await answerChoice(page, 'どこから引っ越してきましたか', '日本のほかの市区町村')
    await answerChoice(page, '日本の国籍ですか', 'はい（日本国籍）')
    await answerChoice(page, 'マイナンバーカードを持っていますか', '持っている')
    await answerText(page, '手続きをする人の年齢', '年齢', '34, 32, 5')
    await answerChoice(page, 'いまの健康保険はどれですか', '国民健康保険（区の保険）')
    await answerChoice(page, '運転免許証を持っていますか', '持っていない')
    await answerChoice(page, '犬を飼っていますか', '飼っていない')
    await answerChoice(page, '原付', '持っていない')

    await page.getByRole('heading', { name: 'あなたの手続き' }).waitFor()
    expect(page.url()).toContain('/result?')
    const tennyu = await procedureCard(page, '転入届')
    await expect.poll(() => tennyu.textContent()).toContain('12月15日(火)まで')
    expect(await tennyu.textContent()).toContain('王子区民事務所')
    // The counters with their hours open under くわしく, never 「オンラインではできません」 beside an online link.
    await tennyu.locator('summary').click()
    expect(await tennyu.textContent()).toContain('月・火・水・木・金 08:30〜17:00')
    const jido = await procedureCard(page, '児童手当の認定請求')
    expect(await jido.textContent()).toContain('12月16日(水)まで')
    expect(await page.getByRole('heading', { name: '行く場所ごとの予定' }).count()).toBe(1)
    expect(await page.getByRole('heading', { name: '持ち物チェックリスト' }).count()).toBe(1)
    // Earned by the answers: a family from another city brings the 転出証明書, not a residence card.
    const checklist = page.getByRole('region', { name: '持ち物チェックリスト' })
    expect(await checklist.innerText()).toContain('転出証明書')
    expect(await checklist.innerText()).not.toContain('在留カード・特別永住者証明書')

    // The URL owns the answers: reload and back keep them.
    await page.reload()
    await procedureCard(page, '転入届')
    await page.goBack()
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('原付')
    expect(page.url()).toContain('dog=no')
    await page.goForward()
    await procedureCard(page, '転入届')
    expectClean(watched)
  })
})

describe('a birth over the New Year holidays', () => {
  it('shows 出生届 due 2027年1月4日(月) at the main building only', async () => {
    const watched = await openPage()
    const { page } = watched
    await chooseEvents(page, ['子どもが生まれた'])
    await answerText(page, 'その日はいつですか', '日付', '2026-12-20')
    await answerChoice(page, '生まれた子は日本の国籍ですか', 'はい（日本国籍）')
    await answerText(page, '手続きをする人の年齢', '年齢', '0')
    await answerChoice(page, 'いまの健康保険はどれですか', '国民健康保険（区の保険）')
    const shussei = await procedureCard(page, '出生届')
    expect(await shussei.textContent()).toContain('1月4日(月)まで')
    expect(await shussei.innerText()).toContain('本庁舎')
    expect(await shussei.innerText()).not.toContain('区民事務所')
    await shussei.locator('summary').click()
    // The details are drawn when opened: waited for, not read at once.
    await expect.poll(() => shussei.textContent()).toContain('区役所の休みのため')
    expect(await shussei.textContent()).toContain('戸籍係')
    await procedureCard(page, '児童手当の認定請求')
    await procedureCard(page, '国民健康保険の加入')
    expectClean(watched)
  })
})

describe('a death in the family, reported by an adult child', () => {
  it('asks about the person who died, and lists what follows from their age and insurance', async () => {
    const watched = await openPage()
    const { page } = watched
    await reportDeath(page, { date: '2026-11-22', age: '84', pension: 'わからない' })
    const shibou = await procedureCard(page, '死亡届')
    expect(await shibou.textContent()).toContain('11月30日(月)まで')
    await procedureCard(page, '葬祭費の支給申請')
    // The pension is unknown: the pensioner's death notice may apply, listed under the question that settles it.
    const maybe = page.getByRole('region', { name: 'やること' })
    const question = maybe.getByRole('link', { name: '亡くなった方は年金を受け取っていましたか' })
    await question.waitFor()
    expect(await maybe.getByRole('link', { name: '年金受給者の死亡届' }).count()).toBe(1)
    expectClean(watched)
  })
})

describe('answers in the URL', () => {
  it('a tampered value is explained, and continuing asks that question again with the other answers kept', async () => {
    const watched = await openPage()
    const { page } = watched
    await page.goto(`${baseURL}/result?events=birth&date=2026-12-20&insurance=bogus&ages=0&childNationality=japan`)
    await page.getByRole('heading', { level: 1, name: 'このリンクは一部しか読めませんでした' }).waitFor()
    expect(await page.textContent('main')).toContain('「いまの健康保険はどれですか」の答え「bogus」')
    await page.getByRole('link', { name: '読めたところから続ける' }).click()
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toContain('いまの健康保険はどれですか')
    await page.getByRole('radio', { name: '会社などの健康保険（社会保険・共済。家族の扶養を含む）' }).check()
    await page.getByRole('button', { name: '次へ' }).click()
    await procedureCard(page, '出生届')
    expect(page.url()).toContain('insurance=employee')
    expect(page.url()).toContain('date=2026-12-20')
    expectClean(watched)
  })

  it('each answer has a Change link that returns to its question', async () => {
    const { page } = await openPage()
    await page.goto(`${baseURL}/result?ages=0&childNationality=japan&date=2026-12-20&events=birth&insurance=kokuho`)
    await page.getByText('答えを見る・変える').click()
    await page.getByRole('link', { name: '「いまの健康保険はどれですか」の答えを変更' }).click()
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toContain('いまの健康保険はどれですか')
    expect(await page.getByRole('radio', { name: '国民健康保険（区の保険）' }).isChecked()).toBe(true)
  })
})

describe('a resident who types instead', () => {
  it('finds 転入届 by its reading and opens it', async () => {
    const watched = await openPage()
    const { page } = watched
    await page.goto(baseURL)
    await page.getByLabel('手続きや書類の名前で探す').fill('てんにゅう')
    await page.getByRole('button', { name: '探す' }).click()
    await page.getByRole('heading', { name: '手続きを探す' }).waitFor()
    await page.getByRole('link', { name: '転入届', exact: true }).click()
    await page.getByRole('heading', { name: '転入届', level: 1 }).waitFor()
    expect(await page.textContent('main')).toContain('王子区民事務所')
    expectClean(watched)
  })
})

describe('in another language', () => {
  it('English shows the procedures in English, and Korean in Korean, each with the Japanese name beside it', async () => {
    const watched = await openPage()
    const { page } = watched
    await page.goto(`${baseURL}/language`)
    await page.getByRole('button', { name: 'English' }).click()
    // Opened directly, the language page returns to the start once the language is in place, which names it.
    await page.waitForURL(`${baseURL}/?lang=en`)
    await page.goto(`${baseURL}/procedures/tennyu`)
    await page.getByRole('heading', { level: 1, name: /^Moving-in notification \(tennyu-todoke\)/ }).waitFor()
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    expect(await page.locator('h1 .ja-term[lang="ja"]').textContent()).toBe('転入届')
    await page.goto(`${baseURL}/language`)
    await page.getByRole('button', { name: '한국어' }).click()
    await page.waitForURL(`${baseURL}/?lang=ko`)
    await page.goto(`${baseURL}/procedures/shussei`)
    await page.getByRole('heading', { level: 1, name: /^출생신고/ }).waitFor()
    expect(await page.locator('html').getAttribute('lang')).toBe('ko')
    expect(await page.locator('h1 .ja-term').textContent()).toBe('出生届')
    // No second translator has checked the Korean yet: the notice says so, in Korean.
    expect(await page.locator('.content-notice').textContent()).toContain('다른 번역자의 확인')
    expectClean(watched)
  })
})
