import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { defineComponent, h, ref } from 'vue'

import { usePageTitle } from '../../src/composables/usePageTitle'
import { drawWhole } from '../../src/composables/useProgressive'
import { plugins } from './setup'

const nextTask = () => new Promise((resolve) => setTimeout(resolve))
const own = ref('転入届')
const Page = defineComponent({
  setup() {
    usePageTitle(() => own.value)
    return () => h('h1', own.value)
  },
})

afterEach(() => {
  drawWhole(false)
  own.value = '転入届'
  document.title = ''
})

describe('the page title', () => {
  it('names the page at once when the app draws it', () => {
    mount(Page, { global: { plugins: plugins() } })
    expect(document.title).toBe('転入届｜北区 手続きナビ')
  })

  it('on a page drawn before the app ran, keeps the drawn title until after the page’s parts, then follows the page', async () => {
    document.title = 'drawn'
    drawWhole(true)
    mount(Page, { global: { plugins: plugins() } })
    expect(document.title).toBe('drawn')
    await nextTask()
    expect(document.title).toBe('転入届｜北区 手続きナビ')
    own.value = '出生届'
    await flushPromises()
    expect(document.title).toBe('出生届｜北区 手続きナビ')
  })

  it('left before its turn came, the drawn page leaves the title alone', async () => {
    document.title = 'drawn'
    drawWhole(true)
    const w = mount(Page, { global: { plugins: plugins() } })
    w.unmount()
    await nextTask()
    expect(document.title).toBe('drawn')
  })
})
