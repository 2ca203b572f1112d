import 'fake-indexeddb/auto'

import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'

import PlansPage from '../../src/pages/PlansPage.vue'
import { plugins } from './setup'

/** A database a later version left behind: its plans keyed otherwise, which this version cannot write. */
function laterDatabase(): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('kita-tetsuzuki-navi', 900)
    request.onupgradeneeded = () => {
      request.result.createObjectStore('plans', { keyPath: 'uid' }).add({
        uid: 'u1',
        id: 'p1',
        name: '引っ越し',
        answers: 'events=move-in',
        created: 1,
        updated: 2,
        done: [],
        docs: [],
        procedures: [],
        content: '',
      })
    }
    request.onsuccess = () => {
      request.result.close()
      resolve()
    }
    request.onerror = () => reject(request.error ?? new Error('the older database could not be made'))
  })
}

const settle = () =>
  vi.waitFor(
    async () => {
      await flushPromises()
    },
    { timeout: 2000 },
  )

describe('saved data this version cannot open', () => {
  it('offers the readable plans as a file and a fresh start, after which saving works without a reload', async () => {
    await laterDatabase()
    const files: string[] = []
    URL.createObjectURL = vi.fn((blob: Blob) => {
      void blob.text().then((t) => files.push(t))
      return 'blob:plans'
    })
    URL.revokeObjectURL = vi.fn()
    const page = mount(PlansPage, { global: { plugins: plugins() } })
    await vi.waitFor(() => expect(page.text()).toContain('保存データを開けません'), { timeout: 5000 })
    expect(page.text()).toContain('このアプリでは読めない形になっています')

    await page
      .findAll('button')
      .find((b) => b.text() === '読めるものをファイルに書き出す')!
      .trigger('click')
    await vi.waitFor(() => expect(page.text()).toContain('1件をファイルに書き出しました。'))
    await vi.waitFor(() =>
      expect(JSON.parse(files[0] ?? '{}')).toMatchObject({
        format: 'kita-tetsuzuki-navi/plans',
        plans: [{ id: 'p1', name: '引っ越し' }],
      }),
    )

    await page
      .findAll('button')
      .find((b) => b.text() === '保存データを消して、はじめからにする')!
      .trigger('click')
    await page
      .findAll('button')
      .find((b) => b.text() === 'この端末の保存データをすべて消す')!
      .trigger('click')
    await vi.waitFor(() => expect(page.text()).toContain('ほかの端末に移す・控えをとる'), { timeout: 5000 })
    expect(page.text()).not.toContain('保存データを開けません')
    await vi.waitFor(() => expect(page.text()).toContain('まだ保存した手続きはありません。'), { timeout: 5000 })
    await settle()
    page.unmount()
  })
})
