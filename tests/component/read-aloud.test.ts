import { flushPromises, mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createI18n } from 'vue-i18n'
import { createMemoryHistory, createRouter } from 'vue-router'

import en from '../../locales/en.json'
import ja from '../../locales/ja.json'
import type { Counter, Office, Procedure } from '../../src/catalog/schema'
import ProcedureReadAloud from '../../src/components/procedure/ProcedureReadAloud.vue'

/** A stand-in for the browser's speech engine: voices that may arrive late, and what it was asked to say. */
class FakeSynth extends EventTarget {
  voices: { lang: string; localService: boolean; default: boolean; name: string }[] = []
  spoken: { text: string; lang: string }[] = []
  cancel = vi.fn(() => {
    this.queue = []
  })
  queue: FakeUtterance[] = []
  getVoices() {
    return this.voices
  }
  speak(u: FakeUtterance) {
    this.spoken.push({ text: u.text, lang: u.lang })
    this.queue.push(u)
  }
  /** The engine reaches the end of what it was given. */
  finish() {
    this.queue.at(-1)?.onend?.()
    this.queue = []
  }
}
class FakeUtterance {
  lang = ''
  rate = 1
  voice: unknown = null
  onend: (() => void) | null = null
  onerror: (() => void) | null = null
  constructor(public text: string) {}
}

const procedure = {
  id: 'tennyu',
  title: { ja: '転入届', en: 'Moving-in notice' },
  summary: { ja: '北区に住み始めたら出す届', en: 'The notice you file when you start living in Kita City' },
  triggers: [
    {
      event: 'move-in',
      due: { kind: 'days', days: 14, text: { ja: '住み始めた日から14日以内', en: 'Within 14 days of moving in' } },
    },
  ],
} as unknown as Procedure
const counters = [
  {
    office: { id: 'oji', name: { ja: '王子区民事務所', en: 'Oji Residents’ Office' } } as Office,
    counter: { id: 'jumin', name: { ja: '住民記録係', en: 'Resident Records' } } as Counter,
  },
]

function mountIn(locale: string) {
  const i18n = createI18n({ legacy: false, locale, fallbackLocale: 'ja', messages: { ja, en } })
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/:p(.*)*', component: { template: '<div />' } }],
  })
  return mount(ProcedureReadAloud, {
    props: { procedure, counters },
    global: { plugins: [i18n, router, createPinia()] },
  })
}

let synth: FakeSynth
beforeEach(() => {
  synth = new FakeSynth()
  vi.stubGlobal('speechSynthesis', synth)
  vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance)
})
afterEach(() => {
  vi.unstubAllGlobals()
})

describe('ProcedureReadAloud', () => {
  it('appears when the voices arrive, reads in the screen’s language, and offers 止める while it speaks', async () => {
    const w = mountIn('ja')
    expect(w.find('button').exists()).toBe(false)
    synth.voices = [{ lang: 'ja-JP', localService: true, default: true, name: 'Kyoko' }]
    synth.dispatchEvent(new Event('voiceschanged'))
    await flushPromises()
    const button = w.get('button')
    expect(button.text()).toBe('読み上げる')
    await button.trigger('click')
    expect(synth.spoken).toEqual([
      { text: '転入届', lang: 'ja-JP' },
      { text: '北区に住み始めたら出す届', lang: 'ja-JP' },
      { text: '期限：住み始めた日から14日以内', lang: 'ja-JP' },
      { text: '窓口：王子区民事務所 住民記録係', lang: 'ja-JP' },
    ])
    expect(w.get('button').text()).toBe('止める')
    await w.get('button').trigger('click')
    expect(synth.cancel).toHaveBeenCalled()
    expect(w.get('button').text()).toBe('読み上げる')
  })

  it('turns back to 読み上げる when the engine has read everything', async () => {
    synth.voices = [{ lang: 'en-GB', localService: true, default: false, name: 'Daniel' }]
    const w = mountIn('en')
    await flushPromises()
    await w.get('button').trigger('click')
    expect(synth.spoken.map((s) => s.text)).toEqual([
      'Moving-in notice',
      'The notice you file when you start living in Kita City',
      'Deadline: Within 14 days of moving in',
      'Where to go: Oji Residents’ Office Resident Records',
    ])
    expect(synth.spoken.every((s) => s.lang === 'en-GB')).toBe(true)
    expect(w.get('button').text()).toBe('Stop')
    synth.finish()
    await flushPromises()
    expect(w.get('button').text()).toBe('Read aloud')
  })

  it('is not offered when the device has no voice for the language', async () => {
    synth.voices = [{ lang: 'ja-JP', localService: true, default: true, name: 'Kyoko' }]
    const w = mountIn('en')
    await flushPromises()
    expect(w.find('button').exists()).toBe(false)
  })

  it('is not offered where the browser has no speech synthesis', async () => {
    vi.unstubAllGlobals()
    const had = 'speechSynthesis' in window
    const w = mountIn('ja')
    await flushPromises()
    expect(had).toBe(false)
    expect(w.find('button').exists()).toBe(false)
  })

  it('stops speaking when the page is left', async () => {
    synth.voices = [{ lang: 'ja-JP', localService: true, default: true, name: 'Kyoko' }]
    const w = mountIn('ja')
    await flushPromises()
    await w.get('button').trigger('click')
    synth.cancel.mockClear()
    w.unmount()
    expect(synth.cancel).toHaveBeenCalled()
  })
})
