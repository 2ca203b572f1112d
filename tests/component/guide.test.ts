import { flushPromises, mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { describe, expect, it } from 'vitest'
import { createI18n } from 'vue-i18n'
import { createMemoryHistory, createRouter } from 'vue-router'

import en from '../../locales/en.json'
import ja from '../../locales/ja.json'
import TogetherLink from '../../src/components/together/TogetherLink.vue'
import TogetherPair from '../../src/components/together/TogetherPair.vue'
import GuidePage from '../../src/pages/GuidePage.vue'
import { useUiStore } from '../../src/stores/ui'
import { plugins } from './setup'

describe('the guide page', () => {
  const mountGuide = () => mount(GuidePage, { global: { plugins: plugins() }, attachTo: document.body })

  it('has one section a topic, each with its heading, reached from its contents', () => {
    const w = mountGuide()
    const headings = w.findAll('h2').map((h) => h.text())
    expect(headings).toEqual([
      'ホーム画面に追加する（Android）',
      'ホーム画面に追加する（iPhone）',
      '文字の大きさを変える',
      '言語を変える',
      'しるしの意味',
      '声で読んでもらう',
      '日本語と並べて見る',
      '手伝ってもらえるところ',
    ])
    const targets = w.findAll('nav a').map((a) => a.attributes('href'))
    expect(targets).toEqual(w.findAll('h2').map((h) => `#${h.attributes('id')}`))
    w.unmount()
  })

  it('says where the browsers keep 「ホーム画面に追加」, with the buttons to press drawn and named', () => {
    const w = mountGuide()
    expect(w.get('#g-android').element.parentElement?.textContent).toContain(
      '「ホーム画面に追加」か「アプリをインストール」',
    )
    expect(w.get('#g-iphone').element.parentElement?.textContent).toContain('「ホーム画面に追加」')
    expect(w.findAll('[role="img"]').map((i) => i.attributes('aria-label'))).toEqual([
      '縦に3つの点のボタン',
      '共有ボタン（四角から上に矢印）',
      '画面のいちばん上の帯の絵。「言語 / Language」に印がついています。',
    ])
    w.unmount()
  })

  it('changes the text size with the app’s own three buttons, named as the guide names them', async () => {
    const w = mountGuide()
    const size = w.get('#g-size').element.parentElement as HTMLElement
    expect(size.textContent).toContain('「文字の大きさ」の「ふつう / 大きく / もっと大きく」のどれかを押します')
    const links = w.findAll('.sizes a')
    expect(links.map((l) => l.text())).toEqual(['ふつう', '大きく', 'もっと大きく'])
    await links[2]!.trigger('click')
    expect(useUiStore().textSize).toBe('larger')
    expect(document.documentElement.style.fontSize).toBe('150%')
    expect(localStorage.getItem('navi.textSize')).toBe('larger')
    w.unmount()
  })

  it('explains every mark a result shows, each drawn as the result draws it', () => {
    const w = mountGuide()
    const marks = w.findAll('.mark').map((m) => ({ mark: m.get('dt').text(), about: m.get('dd').text() }))
    expect(marks.map((m) => m.mark)).toEqual([
      '必要',
      '申請でもらえる',
      'おすすめ',
      'あてはまるかも',
      '要確認',
      '提出',
      '提示',
      expect.stringMatching(/まで\s*期限を過ぎています$/),
    ])
    expect(marks.every((m) => m.about.length > 10)).toBe(true)
    expect(w.findAll('.mark dt .tag')).toHaveLength(7)
    expect(w.find('.mark .overdue-tag').text()).toBe('期限を過ぎています')
    w.unmount()
  })

  it('names the ward’s smartphone classes and the My Number Card desk from the catalog, unconfirmed details marked 要確認', async () => {
    const w = mountGuide()
    await flushPromises()
    const help = w.get('#g-help').element.parentElement as HTMLElement
    const titles = [...help.querySelectorAll('li h3')].map((h) => h.textContent)
    expect(titles).toContain('スマートフォン講座・操作相談会（65歳以上）')
    expect(titles).toContain('マイナンバーカード交付申請・健康保険証利用登録サポート')
    expect(help.textContent).toContain('担当: 長寿支援課')
    expect(help.querySelectorAll('li .tag')).toHaveLength(titles.length)
    w.unmount()
  })
})

describe('「一緒に見る」 parts', () => {
  const i18nIn = (locale: string) => createI18n({ legacy: false, locale, fallbackLocale: 'ja', messages: { ja, en } })
  const router = () =>
    createRouter({ history: createMemoryHistory(), routes: [{ path: '/:p(.*)*', component: { template: '<div />' } }] })
  const Both = {
    components: { TogetherPair },
    template: '<TogetherPair v-slot="{ lang }"><span class="said">{{ lang }}</span></TogetherPair>',
  }

  it('a pair shows the reader’s language, then Japanese, each cell in its own lang and named', () => {
    const w = mount(Both, { global: { plugins: [i18nIn('en'), router(), createPinia()] } })
    const cells = w.findAll('.cell')
    expect(cells.map((c) => c.attributes('lang'))).toEqual(['en', 'ja'])
    expect(cells.map((c) => c.get('.which').text())).toEqual(['English', '日本語'])
    expect(w.findAll('.said').map((s) => s.text())).toEqual(['en', 'ja'])
  })

  it('the link shows in both languages, and not at all on a Japanese screen', () => {
    const inEnglish = mount(TogetherLink, {
      props: { to: '/together?events=birth' },
      global: { plugins: [i18nIn('en'), router(), createPinia()] },
    })
    expect(inEnglish.get('a').text()).toBe('View side by side with Japanese （日本語と並べて一緒に見る）')
    expect(inEnglish.get('a').attributes('href')).toBe('/together?events=birth')
    expect(inEnglish.get('[lang="ja"]').text()).toContain('日本語と並べて一緒に見る')
    for (const locale of ['ja', 'ja-easy']) {
      const inJapanese = mount(TogetherLink, {
        props: { to: '/together' },
        global: { plugins: [i18nIn(locale), router(), createPinia()] },
      })
      expect(inJapanese.find('a').exists()).toBe(false)
    }
  })
})
