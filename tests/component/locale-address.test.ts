import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defineComponent, h, nextTick, ref } from 'vue'
import { createMemoryHistory, createRouter, RouterLink } from 'vue-router'

import { keepLocaleInAddresses } from '../../src/modules/locale-address'

const Page = defineComponent({ render: () => h('div') })

/** A router with the app's kind of pages and a language switch that records what it was asked. */
async function setup(start: string, first = '/') {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component: Page },
      { path: '/q/:key', component: Page },
      { path: '/result', component: Page },
      { path: '/plans', component: Page },
      { path: '/plans/:id', component: Page },
      { path: '/language', component: Page },
    ],
  })
  const chosen = ref(start)
  const shown = ref(start)
  const asked: string[] = []
  const choose = async (code: string) => {
    asked.push(code)
    chosen.value = code
    await Promise.resolve()
    shown.value = code
  }
  keepLocaleInAddresses(router, { chosen: () => chosen.value, choose, shown })
  await router.push(first)
  const settle = async () => {
    await nextTick()
    await new Promise((r) => setTimeout(r, 0))
  }
  return { router, asked, choose, shown, settle, path: () => router.currentRoute.value.fullPath }
}

describe('the language in every address', () => {
  it('keeps lang= on every navigation while the resident reads another language', async () => {
    const { router, path } = await setup('vi')
    expect(path()).toBe('/?lang=vi')
    await router.push('/q/date?events=birth')
    expect(path()).toBe('/q/date?events=birth&lang=vi')
    await router.push({ path: '/result', query: { events: 'birth', date: '2026-12-01' } })
    expect(path()).toBe('/result?events=birth&date=2026-12-01&lang=vi')
  })

  it('writes it into every link the app draws', async () => {
    const { router } = await setup('zh-Hans')
    const link = mount(RouterLink, { props: { to: '/result?events=birth' }, global: { plugins: [router] } })
    expect(link.attributes('href')).toBe('/result?events=birth&lang=zh-Hans')
    expect(router.resolve('/language').href).toBe('/language?lang=zh-Hans')
  })

  it('draws again the links drawn before the language changed (the header’s)', async () => {
    const { router, choose } = await setup('ja')
    const link = mount(RouterLink, { props: { to: '/plans' }, global: { plugins: [router] } })
    expect(link.attributes('href')).toBe('/plans')
    await choose('ko')
    await nextTick()
    expect(link.attributes('href')).toBe('/plans?lang=ko')
  })

  it('adds nothing for Japanese, and drops a lang=ja the address carried', async () => {
    const { router, path } = await setup('ja', '/q/date?events=birth&lang=ja')
    expect(path()).toBe('/q/date?events=birth')
    expect(router.resolve('/result?events=birth').href).toBe('/result?events=birth')
  })

  it('opens an address in the language it names, and keeps it on the next pages', async () => {
    const { router, asked, path } = await setup('ja', '/q/date?events=move-in&lang=vi')
    expect(asked).toEqual(['vi'])
    expect(path()).toBe('/q/date?events=move-in&lang=vi')
    await router.push('/q/from?events=move-in')
    expect(path()).toBe('/q/from?events=move-in&lang=vi')
  })

  it('ignores a language it does not have, without an error', async () => {
    const { asked, path } = await setup('en', '/result?events=birth&lang=xx')
    expect(asked).toEqual([])
    expect(path()).toBe('/result?events=birth&lang=en')
  })

  it('opens a link that names its language (a saved plan’s) in it', async () => {
    const { router, asked, path } = await setup('en', '/plans')
    const link = mount(RouterLink, {
      props: { to: { path: '/plans/p1', query: { lang: 'ne' } } },
      global: { plugins: [router] },
    })
    expect(link.attributes('href')).toBe('/plans/p1?lang=ne')
    await router.push({ path: '/plans/p1', query: { lang: 'ne' } })
    expect(asked).toEqual(['ne'])
    expect(path()).toBe('/plans/p1?lang=ne')
  })

  it('puts a language chosen on the screen into the address in place, and back keeps it', async () => {
    const { router, choose, settle, path } = await setup('vi', '/q/date?events=birth')
    await router.push('/language')
    await choose('en')
    await settle()
    expect(path()).toBe('/language?lang=en')
    router.back()
    await settle()
    // The older entry named Vietnamese; the resident chose English since, and English stays.
    expect(path()).toBe('/q/date?events=birth&lang=en')
    await router.push('/result?events=birth')
    expect(path()).toBe('/result?events=birth&lang=en')
  })
})
