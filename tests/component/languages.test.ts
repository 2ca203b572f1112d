import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'

import TheContentNotice from '../../src/components/layout/TheContentNotice.vue'
import LocalText from '../../src/components/text/LocalText.vue'
import { plugins } from './setup'

vi.mock('virtual:catalog/status', () => ({
  default: {
    ja: { catalog: 1, reviewed: 1 },
    en: { catalog: 1, reviewed: 0 },
    ko: { catalog: 1, reviewed: 1 },
    tl: { catalog: 0.5, reviewed: 0 },
  },
}))

const title = { ja: '転入届', en: 'Moving-in notification' }

describe('official names in another language', () => {
  it('show the Japanese name beside the translated one, marked as Japanese', () => {
    const w = mount(LocalText, { props: { text: title, term: true }, global: { plugins: plugins('en') } })
    expect(w.text()).toContain('Moving-in notification')
    expect(w.find('.ja-term').attributes('lang')).toBe('ja')
    expect(w.find('.ja-term').text()).toBe('転入届')
  })

  it('say it once in Japanese, and not at all for a text that is not a name', () => {
    expect(
      mount(LocalText, { props: { text: title, term: true }, global: { plugins: plugins('ja') } })
        .find('.ja-term')
        .exists(),
    ).toBe(false)
    expect(
      mount(LocalText, { props: { text: { ja: '出生届' }, term: true }, global: { plugins: plugins('en') } })
        .find('.ja-term')
        .exists(),
    ).toBe(false)
    expect(
      mount(LocalText, { props: { text: title }, global: { plugins: plugins('en') } })
        .find('.ja-term')
        .exists(),
    ).toBe(false)
  })
})

describe('the notice on how far to trust a language', () => {
  const notice = (locale: string) => mount(TheContentNotice, { global: { plugins: plugins(locale) } })

  it('says the words are in English where a language lacks them, and that a draft is being checked otherwise', () => {
    expect(notice('tl').text()).toContain('英語で表示しています')
    expect(notice('en').text()).toContain('まだ別の翻訳者の確認を受けていません')
    expect(notice('en').find('a').attributes('href')).toBe('/language')
  })

  it('is silent for Japanese and for a checked language', () => {
    expect(notice('ja').find('.content-notice').exists()).toBe(false)
    expect(notice('ko').find('.content-notice').exists()).toBe(false)
  })
})

describe('the language offered on the first screen', () => {
  it('offers the browser’s language in its own words, marked with its lang', async () => {
    const { default: LanguageSuggestion } = await import('../../src/components/layout/LanguageSuggestion.vue')
    const languages = vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['vi-VN', 'ja'])
    const w = mount(LanguageSuggestion, { global: { plugins: plugins('ja') } })
    await w.vm.$nextTick()
    expect(w.find('button').text()).toBe('Xem bằng Tiếng Việt')
    expect(w.find('p').attributes('lang')).toBe('vi')
    languages.mockReturnValue(['ja-JP', 'vi'])
    expect(
      mount(LanguageSuggestion, { global: { plugins: plugins('ja') } })
        .find('button')
        .exists(),
    ).toBe(false)
    languages.mockRestore()
  })
})
