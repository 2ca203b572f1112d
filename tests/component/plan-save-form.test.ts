import 'fake-indexeddb/auto'

import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'

import PlanSaveForm from '../../src/components/plan/PlanSaveForm.vue'
import { planRepository } from '../../src/plans/usePlans'
import { plugins } from './setup'

const props = (answers: string) => ({
  plan: { answers, procedures: ['tennyu'], content: 'test', lang: 'ja' },
  suggestedName: '引っ越し',
  ticks: { done: ['tennyu'], docs: [] },
})

const saveButton = (form: ReturnType<typeof mount>) => form.findAll('button').find((b) => b.text() === '保存する')

async function savedPlans() {
  const repo = await planRepository()
  return (await repo!.list()).plans
}

describe('saving a result', () => {
  it('saves once however often the button is pressed while it writes, and then offers the saved plan', async () => {
    const form = mount(PlanSaveForm, { props: props('events=move-in&date=2026-12-21'), global: { plugins: plugins() } })
    const button = saveButton(form)!
    await button.trigger('submit')
    await button.trigger('submit')
    await form.find('form').trigger('submit')
    // The first write opens the database (its library loaded first): slow on a busy machine.
    await vi.waitFor(() => expect(form.text()).toContain('保存した手続きを開く'), { timeout: 10_000 })
    const plans = (await savedPlans()).filter((p) => p.answers === 'events=move-in&date=2026-12-21')
    expect(plans).toHaveLength(1)
    expect(plans[0]).toMatchObject({ name: '引っ越し', done: ['tennyu'] })
    expect(form.find('a').attributes('href')).toBe(`/plans/${plans[0]!.id}`)
    form.unmount()
  })

  it('a form drawn afresh for a result already saved on this device offers that plan, not a second copy', async () => {
    const repo = await planRepository()
    const row = await repo!.save({ ...props('events=birth&date=2026-12-20').plan, name: '赤ちゃん' })
    const form = mount(PlanSaveForm, { props: props('events=birth&date=2026-12-20'), global: { plugins: plugins() } })
    // Another result's form, drawn at the same time and so reading the same list, still offers to save it.
    const other = mount(PlanSaveForm, { props: props('events=death&date=2026-12-20'), global: { plugins: plugins() } })
    await vi.waitFor(() => expect(form.text()).toContain('保存した手続きを開く'), { timeout: 10_000 })
    await flushPromises()
    expect(form.find('a').attributes('href')).toBe(`/plans/${row.id}`)
    expect(saveButton(form)).toBeUndefined()
    expect(saveButton(other)).toBeDefined()
    form.unmount()
    other.unmount()
  })
})
