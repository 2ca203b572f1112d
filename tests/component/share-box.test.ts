import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'

import ShareBox from '../../src/components/share/ShareBox.vue'
import { plugins } from './setup'

const URL = 'https://example.test/result?events=birth'
const box = () => mount(ShareBox, { props: { url: URL, title: '北区 手続きナビ' }, global: { plugins: plugins() } })

afterEach(() => vi.restoreAllMocks())

describe('ShareBox', () => {
  it('opens behind one button that says whether it is open, with a QR code of the link', async () => {
    const w = box()
    const toggle = w.find('button[aria-controls="share-panel"]')
    expect(toggle.attributes('aria-expanded')).toBe('false')
    expect(w.find('#share-panel').attributes()).toHaveProperty('hidden')
    // No style attribute: a page the server draws may carry none under the CSP.
    expect(w.find('#share-panel').attributes('style')).toBeUndefined()
    await toggle.trigger('click')
    expect(toggle.attributes('aria-expanded')).toBe('true')
    expect(w.find('#share-panel').attributes()).not.toHaveProperty('hidden')
    await vi.waitFor(() => expect(w.find('.qr img').exists()).toBe(true), { timeout: 10_000 })
    expect(w.find('.qr img').attributes('alt')).toBe('この結果のリンクのQRコード')
    expect(w.find('.qr img').attributes('src')).toMatch(/^data:image\/svg\+xml/)
  })

  it('copies the link and says so, or says where to find it when copying fails', async () => {
    const writeText = vi.fn(() => Promise.resolve())
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
    const w = box()
    const copy = w.findAll('button').find((b) => b.text() === 'リンクをコピー')!
    await copy.trigger('click')
    await flushPromises()
    expect(writeText).toHaveBeenCalledWith(URL)
    expect(w.find('[role="status"]').text()).toBe('リンクをコピーしました。')
    writeText.mockRejectedValueOnce(new Error('denied'))
    await copy.trigger('click')
    await flushPromises()
    expect(w.find('[role="status"]').text()).toBe('コピーできませんでした。アドレス欄のリンクを使ってください。')
  })

  it('offers the phone’s share sheet only where the browser has one (known once mounted)', async () => {
    const hasShare = async () => {
      const w = box()
      await nextTick()
      return w.findAll('button').some((b) => b.text() === '共有する')
    }
    const share = vi.fn(() => Promise.resolve())
    Object.defineProperty(navigator, 'share', { value: share, configurable: true })
    expect(await hasShare()).toBe(true)
    Object.defineProperty(navigator, 'share', { value: undefined, configurable: true })
    expect(await hasShare()).toBe(false)
  })
})
