import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'

import ProcedureCard from '../../src/components/procedure/ProcedureCard.vue'
import type { ProcedureResult } from '../../src/navigator/navigate'
import { due, procedureResult } from '../helpers/results'
import { index, procedure } from './catalog-index'
import { plugins } from './setup'

vi.mock('../../src/catalog/useCatalog', async () => {
  const { index } = await import('./catalog-index')
  return { useCatalog: () => index }
})
// The counters' waiting times are not what these tests are about (counter-waits.test.ts): no feed is asked.
vi.mock('../../src/waits/useWaits', async () => {
  const { shallowRef } = await import('vue')
  const waits = shallowRef({ asOf: null, stale: false, fromEarlierDay: false, offices: [] })
  return { useWaits: () => ({ waits }) }
})

const TODAY = '2026-11-25'
const tennyu = index.procedure('tennyu')!
const card = (result: ProcedureResult) =>
  mount(ProcedureCard, { props: { result, answers: {}, today: TODAY }, global: { plugins: plugins() } })
const opened = async (result: ProcedureResult) => {
  const w = card(result)
  const details = w.find('details')
  ;(details.element as HTMLDetailsElement).open = true
  await details.trigger('toggle')
  return w
}

const headings = (w: ReturnType<typeof card>) =>
  w
    .find('.sources')
    .findAll('h4, h5, h6')
    .map((h) => h.text())

describe('ProcedureCard', () => {
  it('says the due date as a date and the days left', () => {
    const w = card(procedureResult('tennyu', { due: due('2026-12-09') }))
    expect(w.find('time').attributes('datetime')).toBe('2026-12-09')
    expect(w.find('time').text()).toBe('12月9日(水)まで')
    expect(w.text()).toContain('あと14日')
    expect(w.text()).not.toContain('期限を過ぎています')
    expect(w.find('article').classes()).not.toContain('overdue')
  })

  it('marks a passed deadline in words, not by colour alone, and says what to do now and what the law says', () => {
    const w = card(procedureResult('tennyu', { due: due('2026-11-24') }))
    expect(w.find('article').classes()).toContain('overdue')
    expect(w.text()).toContain('期限を過ぎています')
    expect(w.text()).toContain('期限を過ぎても手続きはできます')
    expect(w.text()).toContain(tennyu.triggers[0]!.due.consequence!.text.ja)
  })

  it('is not overdue on the due day itself', () => {
    const w = card(procedureResult('tennyu', { due: due(TODAY) }))
    expect(w.text()).toContain('今日までです')
    expect(w.text()).not.toContain('期限を過ぎています')
    expect(w.text()).not.toContain('期限を過ぎても')
    expect(w.find('article').classes()).not.toContain('overdue')
  })

  it('tells a must from a free choice and from what may apply', () => {
    expect(card(procedureResult('tennyu')).find('.tag').text()).toBe('必要')
    const choice = procedure((p) => p.obligation === 'optional')
    const free = procedureResult(choice.id, { obligation: 'optional', because: choice.triggers[0]!.event })
    expect(card(free).find('.tag').text()).toBe('必要なら')
    expect(
      card(procedureResult('tennyu', { applies: 'maybe' }))
        .find('.tag')
        .text(),
    ).toBe('あてはまるかも')
  })

  it('links online only where the procedure can be done online', async () => {
    const online = procedure((p) => p.online !== null)
    const withLink = await opened(procedureResult(online.id, { because: online.triggers[0]!.event }))
    expect(withLink.find('.online a').attributes('href')).toBe(online.online!.url)
    expect(tennyu.online).toBeNull()
    expect((await opened(procedureResult('tennyu'))).find('.online').exists()).toBe(false)
  })

  it('says 要確認 with what is not confirmed, only where the catalog has something unconfirmed', async () => {
    const unsure = procedure((p) => (p.uncertain?.length ?? 0) > 0)
    const w = await opened(procedureResult(unsure.id, { because: unsure.triggers[0]!.event }))
    expect(headings(w)).toContain('要確認')
    expect(w.find('.sources').text()).toContain(unsure.uncertain![0]!.ja)
    const sure = procedure((p) => !p.uncertain?.length)
    const v = await opened(procedureResult(sure.id, { because: sure.triggers[0]!.event }))
    expect(headings(v)).not.toContain('要確認')
  })
})
