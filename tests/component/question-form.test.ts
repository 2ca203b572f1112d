import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'

import type { Question } from '../../src/catalog/schema'
import QuestionForm from '../../src/components/question/QuestionForm.vue'
import { plugins } from './setup'

const l = (ja: string) => ({ ja })
const insurance: Question = {
  id: 'insurance',
  kind: 'single',
  label: l('保険'),
  why: l('理由'),
  options: [
    { value: 'kokuho', label: l('国民健康保険') },
    { value: 'employee', label: l('会社の保険') },
  ],
}
const ages: Question = { id: 'ages', kind: 'ages', label: l('年齢'), why: l('理由') }
const date: Question = { id: 'date', kind: 'date', label: l('日付'), why: l('理由') }

const mountForm = (question: Question, value: string[] = []) =>
  mount(QuestionForm, { props: { question, value }, global: { plugins: plugins() } })

describe('QuestionForm', () => {
  it('always offers わからない next to the choices, as a real radio', async () => {
    const w = mountForm(insurance)
    const labels = w.findAll('label').map((l) => l.text())
    expect(labels).toEqual(['国民健康保険', '会社の保険', 'わからない'])
    await w.find('input[value="unknown"]').setValue(true)
    await w.find('form').trigger('submit')
    expect(w.emitted('answer')).toEqual([[['unknown']]])
  })

  it('asks for a choice instead of moving on with none', async () => {
    const w = mountForm(insurance)
    await w.find('form').trigger('submit')
    expect(w.emitted('answer')).toBeUndefined()
    expect(w.find('[role="alert"]').text()).toContain('どれか1つ選んでください')
  })

  it('keeps the earlier answer selected when the resident comes back to change it', () => {
    const w = mountForm(insurance, ['employee'])
    expect((w.find('input[value="employee"]').element as HTMLInputElement).checked).toBe(true)
  })

  it('reads ages as people type them: full-width digits and 、 included', async () => {
    const w = mountForm(ages)
    await w.find('input').setValue('３４、 0,5')
    await w.find('form').trigger('submit')
    expect(w.emitted('answer')).toEqual([[['34', '0', '5']]])
  })

  it('says plainly what is wrong with an age, and keeps the input', async () => {
    const w = mountForm(ages)
    await w.find('input').setValue('34歳')
    await w.find('form').trigger('submit')
    expect(w.emitted('answer')).toBeUndefined()
    expect(w.find('[role="alert"]').text()).toContain('0〜130')
    expect(w.find('input').attributes('aria-invalid')).toBe('true')
    expect((w.find('input').element as HTMLInputElement).value).toBe('34歳')
  })

  it('a date question has a わからない button beside 次へ', async () => {
    const w = mountForm(date)
    const buttons = w.findAll('button')
    expect(buttons.map((b) => [b.text(), b.attributes('type')])).toEqual([
      ['次へ', 'submit'],
      ['わからない', 'button'],
    ])
    await buttons[1]!.trigger('click')
    expect(w.emitted('answer')).toEqual([[['unknown']]])
  })

  it('rejects an impossible date', async () => {
    const w = mountForm(date)
    await w.find('input').setValue('2026-02-30')
    await w.find('form').trigger('submit')
    expect(w.emitted('answer')).toBeUndefined()
  })
})
