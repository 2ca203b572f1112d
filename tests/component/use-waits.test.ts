import 'fake-indexeddb/auto'

import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'

import CounterWaits from '../../src/components/waits/CounterWaits.vue'
import { configureWaitsStorage, useWaits, waitsStore } from '../../src/waits/useWaits'
import { plugins } from './setup'

// The build's catalog plugin does not run under the test runner; the waits need only offices and holidays.
vi.mock('virtual:catalog', async () => {
  const { officesOnly } = await import('../../server/waits/catalog')
  const { holidayList } = await import('../../scripts/lib/catalog-files')
  return { default: { offices: officesOnly().offices, holidays: holidayList() } }
})

const AT = new Date('2026-11-24T10:15:00+09:00') // a Tuesday morning: the ward is open
const document = {
  version: 1,
  generatedAt: '2026-11-24T10:15:00+09:00',
  offices: [
    {
      id: 'oji',
      status: 'open',
      counters: [{ id: 'oji-registration', status: 'open', waiting: 12, calling: 134, estimatedMinutes: 25 }],
    },
  ],
}
const databases = async () => (await indexedDB.databases()).map((d) => d.name).sort()

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

describe('where the last good waits document is kept', () => {
  it('in memory for a kiosk: nothing is written to IndexedDB', async () => {
    const store = waitsStore('memory')
    await store.save(document as never, AT.getTime())
    expect(await store.load()).toEqual({ document, fetchedAt: AT.getTime() })
    expect(await databases()).toEqual([])
  })

  it("on a phone, in the waits' own database, not the plans database", async () => {
    const store = waitsStore('device')
    await store.save(document as never, AT.getTime())
    expect(await waitsStore('device').load()).toEqual({ document, fetchedAt: AT.getTime() })
    expect(await databases()).toEqual(['kita-tetsuzuki-navi-waits'])
  })
})

describe('useWaits', () => {
  it("shows the feed's numbers beside a counter, and the storage cannot change once it runs", async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: AT })
    const fetch = vi.fn(() => Promise.resolve(new Response(JSON.stringify(document), { headers: { ETag: '"one"' } })))
    vi.stubGlobal('fetch', fetch)
    configureWaitsStorage('memory')
    const w = mount(CounterWaits, {
      props: { officeId: 'oji', counterId: 'oji-registration' },
      global: { plugins: plugins() },
    })
    await vi.waitFor(() => expect(w.text()).toContain('12人待ち'), { timeout: 30_000 })
    expect(w.text()).toContain('10:15 現在')
    expect(fetch).toHaveBeenCalledTimes(1)
    expect(Object.keys(useWaits())).toEqual(expect.arrayContaining(['waits', 'now', 'calendar', 'forecast']))
    expect(() => configureWaitsStorage('device')).toThrow(/already started/)
  }, 60_000)
})
