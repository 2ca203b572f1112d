/* eslint-disable vue/one-component-per-file -- small render-function fixtures */
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { computed, defineComponent, h } from 'vue'

import { useProgressive, useStaged } from '../../src/composables/useProgressive'

/** A list of `n` items drawn a few per task, then a later part of the page below it. */
const List = defineComponent({
  props: { n: { type: Number, required: true } },
  setup(props) {
    const shown = useProgressive(computed(() => props.n))
    return () =>
      h(
        'ul',
        Array.from({ length: Math.min(shown.value, props.n) }, (_, i) => h('li', `item ${i}`)),
      )
  },
})
const Page = defineComponent({
  props: { n: { type: Number, required: true } },
  setup(props) {
    const stage = useStaged(1)
    return () => h('main', [h(List, { n: props.n }), stage.value >= 1 ? h('section', 'later part') : null])
  },
})

afterEach(() => vi.useRealTimers())

describe('a page drawn a part at a time', () => {
  it('adds a later part only once the list above it is whole, so the list never pushes it down', async () => {
    vi.useFakeTimers()
    const w = mount(Page, { props: { n: 12 } })
    const seen: [number, boolean][] = []
    for (let i = 0; i < 10; i++) {
      await vi.advanceTimersByTimeAsync(20)
      seen.push([w.findAll('li').length, w.find('section').exists()])
    }
    // While the list grows, the later part is not there; once it is, the list is whole.
    for (const [items, later] of seen) if (later) expect(items).toBe(12)
    expect(seen.at(-1)).toEqual([12, true])
    expect(seen.some(([items]) => items < 12)).toBe(true)
  })

  it('draws the later part at once after a short list', async () => {
    vi.useFakeTimers()
    const w = mount(Page, { props: { n: 2 } })
    await vi.advanceTimersByTimeAsync(40)
    expect(w.find('section').exists()).toBe(true)
    w.unmount()
  })
})
