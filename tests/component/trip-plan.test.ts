import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { computed, type Ref } from 'vue'

import TripPlan from '../../src/components/trip/TripPlan.vue'
import type { TripWindow } from '../../src/result/trips'
import { procedureResult } from '../helpers/results'
import { index, procedure } from './catalog-index'
import { plugins } from './setup'

vi.mock('../../src/catalog/useCatalog', async () => {
  const { index } = await import('./catalog-index')
  return { useCatalog: () => index }
})
// The forecast is the waits' business (tested there): here the first stop gets a fixed suggestion.
vi.mock('../../src/waits/useTripSuggestions', () => ({
  useTripSuggestions: (windows: Ref<TripWindow[]>) =>
    computed(() =>
      windows.value.map((window, i) => ({
        window,
        suggestion: i === 0 ? { date: '2026-12-01', hour: 9, expectedMinutes: 5 } : null,
      })),
    ),
}))

const TODAY = '2026-11-25'
const other = procedure((p) => p.id !== 'tennyu' && p.obligation === 'required')
const choice = procedure((p) => p.obligation === 'optional')
const from = (date: string) => ({ date: null, from: date, rule: '', movedForClosedDays: false })
const plan = () =>
  mount(TripPlan, {
    props: {
      trips: [
        { office: 'akabane', procedures: [other.id] },
        { office: 'oji', procedures: ['tennyu', choice.id] },
        { office: 'takinogawa', procedures: ['maybe-only'] },
      ],
      procedures: [
        procedureResult('tennyu', { due: from('2026-11-26') }),
        procedureResult(other.id, { due: from('2026-12-05') }),
        procedureResult(choice.id, { obligation: 'optional' }),
        procedureResult('maybe-only', { applies: 'maybe' }),
      ],
      answers: {},
      today: TODAY,
    },
    global: { plugins: plugins() },
  })

describe('TripPlan', () => {
  it('lists the offices in the order they can first be visited, numbered', () => {
    const headings = plan()
      .findAll('.trip h3')
      .map((h) => h.text())
    expect(headings).toEqual([`1か所目${index.office('oji')!.name.ja}`, `2か所目${index.office('akabane')!.name.ja}`])
  })

  it('gives each office its address and opening hours, and links to its page', () => {
    const oji = plan().find('.trip')
    const office = index.office('oji')!
    expect(oji.find('h3 a').attributes('href')).toBe('/offices/oji')
    expect(oji.findAll('.address')[0]!.text()).toBe(office.address)
    expect(oji.findAll('.address')[1]!.text()).toContain(`${office.hours[0]!.open}〜${office.hours[0]!.close}`)
  })

  it('lists only what surely applies and is not a free choice, and no office with nothing to do', () => {
    const w = plan()
    expect(w.find('.trip .todo').text()).toBe(index.procedure('tennyu')!.title.ja)
    expect(w.text()).not.toContain(index.procedure(choice.id)!.title.ja)
    expect(w.text()).not.toContain(index.office('takinogawa')!.name.ja)
  })

  it('suggests a quiet hour in words', () => {
    expect(plan().find('.suggestion').text()).toBe('おすすめ: 12月1日(火) 9時台（予想の待ち時間 約5分）')
  })
})
