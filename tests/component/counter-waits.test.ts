import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { shallowRef } from 'vue'

import CounterWaits from '../../src/components/waits/CounterWaits.vue'
import type { CounterWaits as Line, WaitsView } from '../../src/waits/view'
import { plugins } from './setup'

const waits = shallowRef<WaitsView>({ asOf: null, stale: false, fromEarlierDay: false, offices: [] })
vi.mock('../../src/waits/useWaits', () => ({ useWaits: () => ({ waits }) }))

const open: Line = {
  counterId: 'oji-registration',
  status: 'open',
  toConfirm: false,
  waiting: 12,
  estimatedMinutes: 25,
  calling: 134,
  asOf: '10:15',
  stale: false,
  fromEarlierDay: false,
}
function shown(line: Partial<Line>) {
  const counter = { ...open, ...line }
  const fresh = { asOf: counter.asOf, stale: counter.stale, fromEarlierDay: counter.fromEarlierDay }
  waits.value = {
    ...fresh,
    offices: [{ officeId: 'oji', status: counter.status, toConfirm: false, counters: [counter], ...fresh }],
  }
  return mount(CounterWaits, {
    props: { officeId: 'oji', counterId: 'oji-registration' },
    global: { plugins: plugins() },
  }).text()
}

describe('CounterWaits', () => {
  it('shows the numbers with the time they are from', () => {
    expect(shown({})).toBe('12人待ち・約25分10:15 現在')
  })

  it('says numbers older than ten minutes may be out of date', () => {
    expect(shown({ stale: true })).toContain('古い情報かもしれません')
    expect(shown({})).not.toContain('古い情報')
  })

  it('says a closed counter is outside its hours, without numbers or a time', () => {
    expect(shown({ status: 'closed', waiting: null, estimatedMinutes: null })).toBe('いまは受付時間外です')
  })

  it('never shows an earlier day’s numbers as today’s', () => {
    const text = shown({ status: 'unknown', waiting: null, estimatedMinutes: null, fromEarlierDay: true })
    expect(text).toBe('今日の待ち人数の情報はまだありません')
  })

  it('says when tickets are stopped, when nothing is known, and 要確認 for an announced opening', () => {
    expect(shown({ status: 'suspended', waiting: null })).toContain('番号札の発券を止めています')
    expect(shown({ status: 'unknown', waiting: null, asOf: null })).toBe('待ち人数の情報がありません')
    expect(shown({ toConfirm: true })).toContain('要確認')
  })

  it('shows nothing for a counter the view does not hold', () => {
    shown({})
    const w = mount(CounterWaits, { props: { officeId: 'oji', counterId: 'nowhere' }, global: { plugins: plugins() } })
    expect(w.find('.waits').exists()).toBe(false)
  })
})
