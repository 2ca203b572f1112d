import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import type { Router } from 'vue-router'

import { LOCALES } from '../../src/i18n/registry'
import { setLocale } from '../../src/modules/i18n'
import LanguagePage from '../../src/pages/LanguagePage.vue'
import { plugins } from './setup'

vi.mock('virtual:catalog/status', () => ({
  default: {
    ja: { catalog: 1, reviewed: 1 },
    en: { catalog: 1, reviewed: 0.5 },
    ko: { catalog: 0.999, reviewed: 0.99 },
    tl: { catalog: 0.456, reviewed: 0 },
  },
}))
vi.mock('../../src/modules/i18n', () => ({ setLocale: vi.fn(() => Promise.resolve()) }))

const page = (locale = 'ja') => {
  const installed = plugins(locale)
  const w = mount(LanguagePage, { global: { plugins: installed } })
  return { w, router: installed[1] as Router }
}
const items = (w: ReturnType<typeof page>['w']) =>
  Object.fromEntries(w.findAll('.languages li').map((li) => [li.find('button').text(), li.find('small')]))

describe('the language list', () => {
  it('offers every language in its own name, marked with its own lang, the current one pressed', () => {
    const { w } = page('ja')
    const buttons = w.findAll('.languages button')
    expect(buttons.map((b) => [b.text(), b.attributes('lang')])).toEqual(LOCALES.map((l) => [l.name, l.tag]))
    expect(w.findAll('[aria-pressed="true"]').map((b) => b.text())).toEqual(['日本語'])
  })

  it('says how much of the procedures’ text each language has, and whether a second translator checked it', () => {
    const shown = items(page().w)
    expect(shown['English']!.text()).toBe('訳 100%・確認中')
    expect(shown['한국어']!.text()).toBe('訳 99%・確認済み')
    expect(shown['Tagalog']!.text()).toBe('訳 45%・確認中')
    expect(shown['日本語']!.exists()).toBe(false)
    expect(shown['Tiếng Việt']!.exists()).toBe(false)
  })

  it('switches to the chosen language and goes to the start when opened directly', async () => {
    const { w, router } = page()
    const push = vi.spyOn(router, 'push')
    await w
      .findAll('.languages button')
      .find((b) => b.text() === 'Tiếng Việt')!
      .trigger('click')
    await flushPromises()
    expect(setLocale).toHaveBeenCalledWith('vi')
    expect(push).toHaveBeenCalledWith('/')
  })
})
