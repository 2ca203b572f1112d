import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'

import TouchAges from '../../src/components/question/TouchAges.vue'
import TouchDate from '../../src/components/question/TouchDate.vue'
import { plugins } from './setup'

const touchDate = (modelValue: string) =>
  mount(TouchDate, {
    props: { labelledBy: 'q', modelValue, 'onUpdate:modelValue': () => undefined },
    global: { plugins: plugins() },
  })
const touchAges = (modelValue: string, max?: number) =>
  mount(TouchAges, { props: { labelledBy: 'q', modelValue, max }, global: { plugins: plugins() } })
const ages = (w: ReturnType<typeof touchAges>) => w.findAll('.age').map((a) => a.text())
const lastModel = (w: ReturnType<typeof touchAges>) => w.emitted('update:modelValue')?.at(-1)?.[0]

describe('TouchDate', () => {
  it('opens on the month of the date already given, with that day pressed', () => {
    const w = touchDate('2026-12-20')
    expect(w.find('strong').text()).toBe('2026年12月')
    expect(w.find('[aria-pressed="true"]').text()).toBe('20')
    expect(w.find('.chosen').text()).toContain('12月20日')
  })

  it('chooses a day by touch and moves by months across the year', async () => {
    const w = touchDate('2026-12-20')
    await w
      .findAll('button.day')
      .find((b) => b.text() === '3')!
      .trigger('click')
    expect(w.emitted('update:modelValue')).toEqual([['2026-12-03']])
    await w.findAll('.month button')[1]!.trigger('click')
    expect(w.find('strong').text()).toBe('2027年1月')
    await w.findAll('.month button')[0]!.trigger('click')
    await w.findAll('.month button')[0]!.trigger('click')
    expect(w.find('strong').text()).toBe('2026年11月')
    expect(w.findAll('button.day')).toHaveLength(30)
  })
})

describe('TouchAges', () => {
  it('starts from the typed ages, or one adult of 30', () => {
    expect(ages(touchAges('34, 5'))).toEqual(['34歳', '5歳'])
    const w = touchAges('')
    expect(ages(w)).toEqual(['30歳'])
    expect(lastModel(w)).toBe('30')
  })

  it('steps an age and writes the field as if typed, never below 0 nor above 130', async () => {
    const w = touchAges('5, 125')
    const [minusTen, , , plusTen] = w.findAll('li')[0]!.findAll('.steps button')
    await minusTen!.trigger('click')
    expect(ages(w)[0]).toBe('0歳')
    await plusTen!.trigger('click')
    const older = w.findAll('li')[1]!.findAll('.steps button')[3]!
    await older.trigger('click')
    expect(ages(w)).toEqual(['10歳', '130歳'])
    expect(lastModel(w)).toBe('10, 130')
    expect(w.findAll('li')[0]!.findAll('.steps button')[3]!.attributes('aria-label')).toBe('1人目の年齢を+10')
  })

  it('adds and removes people, up to the limit, and never the last one', async () => {
    const w = touchAges('40', 2)
    expect(w.find('li').text()).not.toContain('この人を消す')
    await w
      .findAll('button')
      .find((b) => b.text() === '人を追加')!
      .trigger('click')
    expect(ages(w)).toEqual(['40歳', '30歳'])
    expect(w.findAll('button').some((b) => b.text() === '人を追加')).toBe(false)
    await w
      .findAll('li')[0]!
      .findAll('button')
      .find((b) => b.text() === 'この人を消す')!
      .trigger('click')
    expect(ages(w)).toEqual(['30歳'])
    expect(lastModel(w)).toBe('30')
  })
})
