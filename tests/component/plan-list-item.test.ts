import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'

import PlanListItem from '../../src/components/plan/PlanListItem.vue'
import type { PlanRow } from '../../src/plans/db'
import type { StorageFault } from '../../src/plans/repository'
import { plugins } from './setup'

const row: PlanRow = {
  id: 'p1',
  name: '引っ越し 12月',
  answers: 'events=move-in',
  created: Date.parse('2026-11-20T01:00:00Z'),
  updated: Date.parse('2026-11-24T01:15:00Z'),
  done: ['tennyu', 'kokuho'],
  docs: [],
  procedures: [],
  content: 'x',
}
const item = (fault: StorageFault | null = null) =>
  mount(PlanListItem, { props: { plan: row, fault }, global: { plugins: plugins() } })
const button = (w: ReturnType<typeof item>, text: string) => w.findAll('button').find((b) => b.text() === text)

describe('PlanListItem', () => {
  it('links to the plan and says when it was changed (Tokyo time) and how much is done', () => {
    const w = item()
    expect(w.find('h2 a').attributes('href')).toBe('/plans/p1')
    expect(w.find('h2').text()).toBe('引っ越し 12月')
    expect(w.find('.meta').text()).toContain('2026/11/24 10:15')
    expect(w.find('.meta').text()).toContain('済み 2件')
  })

  it('renames with the typed name, and cancelling keeps the old one', async () => {
    const w = item()
    await button(w, '名前を変える')!.trigger('click')
    await w.find('input').setValue('出産')
    await w.find('form').trigger('submit')
    expect(w.emitted('rename')).toEqual([['出産']])
    expect(w.find('form').exists()).toBe(false)
    await button(w, '名前を変える')!.trigger('click')
    await button(w, 'やめる')!.trigger('click')
    expect(w.emitted('rename')).toHaveLength(1)
  })

  it('asks once more, naming the plan, before deleting it', async () => {
    const w = item()
    await button(w, '削除')!.trigger('click')
    expect(w.emitted('remove')).toBeUndefined()
    await button(w, '「引っ越し 12月」を削除する')!.trigger('click')
    expect(w.emitted('remove')).toEqual([[]])
  })

  it('says beside the plan why a change was not recorded', () => {
    expect(item('quota').find('[role="alert"]').text()).toBe(
      '変更を記録できませんでした。 端末の空き容量が足りません。',
    )
    expect(item().find('[role="alert"]').exists()).toBe(false)
  })
})
