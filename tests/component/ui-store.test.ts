import { createPinia, setActivePinia } from 'pinia'
import { describe, expect, it } from 'vitest'
import { nextTick } from 'vue'

import { useUiStore } from '../../src/stores/ui'

describe('the text size on the page', () => {
  it('is left alone when it is already right (a write restyles the whole page), and set when it changes', async () => {
    const root = document.documentElement
    root.removeAttribute('style')
    localStorage.clear()
    setActivePinia(createPinia())
    const ui = useUiStore()
    expect(root.getAttribute('style')).toBeNull()

    ui.textSize = 'large'
    await nextTick()
    expect(root.style.fontSize).toBe('125%')
    expect(localStorage.getItem('navi.textSize')).toBe('large')
    ui.textSize = 'normal'
    await nextTick()
    expect(root.style.fontSize).toBe('100%')
  })
})
