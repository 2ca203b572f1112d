import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { createSSRApp, h } from 'vue'
import { renderToString } from 'vue/server-renderer'

import ProcedureDue from '../../src/components/procedure/ProcedureDue.vue'
import LocalText from '../../src/components/text/LocalText.vue'
import { plugins } from './setup'

describe('LocalText', () => {
  it('renders やさしい日本語 furigana as ruby elements, not HTML strings', () => {
    const w = mount(LocalText, {
      props: { text: { ja: '転入届', 'ja-easy': '{転入届|てんにゅうとどけ}を<b>{出|だ}</b>します' } },
      global: { plugins: plugins('ja-easy') },
    })
    const ruby = w.findAll('ruby')
    expect(ruby.map((r) => r.find('rt').text())).toEqual(['てんにゅうとどけ', 'だ'])
    expect(w.find('b').exists()).toBe(false)
    expect(w.text()).toContain('<b>')
  })

  it('is drawn as one text where there is no reading to show: few markers for the app to walk on taking over', async () => {
    const texts = [{ ja: '転入届' }, { ja: '住所', en: 'Address' }]
    const draw = async (locale: string) => {
      const app = createSSRApp({
        render: () =>
          h(
            'p',
            texts.map((text) => h(LocalText, { text, term: true })),
          ),
      })
      for (const plugin of plugins(locale)) app.use(plugin)
      return renderToString(app)
    }
    // One text node in one pair of markers (it was four pairs and a comment).
    expect(await draw('ja')).toBe('<p><!--[-->転入届<!--]--><!--[-->住所<!--]--></p>')
    // In English: Japanese shown for want of a translation carries its lang; an official name, its Japanese beside it.
    expect(await draw('en')).toBe(
      '<p><span lang="ja"><!--[-->転入届<!--]--></span>' +
        '<!--[--><!--[-->Address<!--]--> <span class="ja-term" lang="ja">住所</span><!--]--></p>',
    )
  })

  it('falls back to Japanese when a translation is missing', () => {
    const w = mount(LocalText, { props: { text: { ja: '出生届' } }, global: { plugins: plugins('en') } })
    expect(w.text()).toBe('出生届')
  })
})

describe('ProcedureDue', () => {
  const rule = { kind: 'days' as const, days: 14, countFirstDay: true, text: { ja: '生まれた日を含めて14日以内' } }

  it('shows the due date as a date, and says when it was moved past closed days', () => {
    const w = mount(ProcedureDue, {
      props: {
        due: {
          date: '2027-01-04',
          rule: '14 days counting the day of the event',
          movedForClosedDays: true,
          from: null,
        },
        rule,
      },
      global: { plugins: plugins() },
    })
    expect(w.find('time').attributes('datetime')).toBe('2027-01-04')
    expect(w.text()).toContain('1月4日(月)まで')
    expect(w.text()).toContain('区役所の休みのため')
    expect(w.text()).toContain('生まれた日を含めて14日以内')
  })

  it('asks for the date instead of inventing one', () => {
    const w = mount(ProcedureDue, {
      props: { due: { date: null, rule: 'x', movedForClosedDays: false, from: null }, rule },
      global: { plugins: plugins() },
    })
    expect(w.text()).toContain('日付を答えると期限の日がわかります')
  })
})
