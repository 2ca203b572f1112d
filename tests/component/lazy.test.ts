/* eslint-disable vue/one-component-per-file -- small render-function fixtures, one per case */
import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'

import { lazyComponent } from '../../src/modules/lazy'

const Part = defineComponent({ render: () => h('p', 'loaded') })

describe('a part of a screen loaded later', () => {
  it('is tried again when its code fails to load, and shows once it arrives', async () => {
    vi.useFakeTimers()
    let calls = 0
    const Lazy = lazyComponent(() =>
      ++calls < 3
        ? Promise.reject(new TypeError('Failed to fetch dynamically imported module'))
        : Promise.resolve(Part),
    )
    const w = mount(defineComponent({ render: () => h('div', [h(Lazy)]) }))
    for (let i = 0; i < 5; i++) {
      await flushPromises()
      await vi.advanceTimersByTimeAsync(2000)
    }
    expect(calls).toBe(3)
    expect(w.text()).toBe('loaded')
    vi.useRealTimers()
  })

  it('waits for the phone to be back online before trying again', async () => {
    const online = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false)
    let calls = 0
    const Lazy = lazyComponent(() => (++calls < 2 ? Promise.reject(new TypeError('offline')) : Promise.resolve(Part)))
    const w = mount(defineComponent({ render: () => h('div', [h(Lazy)]) }))
    await flushPromises()
    expect(calls).toBe(1)
    online.mockReturnValue(true)
    window.dispatchEvent(new Event('online'))
    await flushPromises()
    await flushPromises()
    expect(calls).toBe(2)
    expect(w.text()).toBe('loaded')
    online.mockRestore()
  })

  it('stays away after a few failed tries rather than break the page', async () => {
    vi.useFakeTimers()
    let calls = 0
    const Lazy = lazyComponent(() => {
      calls += 1
      return Promise.reject(new TypeError('gone'))
    })
    const w = mount(defineComponent({ render: () => h('div', [h('span', 'page'), h(Lazy)]) }), {
      global: { config: { errorHandler: () => undefined } },
    })
    for (let i = 0; i < 10; i++) {
      await flushPromises()
      await vi.advanceTimersByTimeAsync(5000)
    }
    expect(calls).toBe(4)
    expect(w.text()).toBe('page')
    vi.useRealTimers()
  })
})
