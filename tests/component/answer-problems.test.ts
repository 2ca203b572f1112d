import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'

import type { AnswerIssue } from '../../src/answers/encoding'
import type { Answers } from '../../src/answers/types'
import { questionById } from '../../src/catalog/questions'
import LinkProblem from '../../src/components/answers/LinkProblem.vue'
import QuestionConflict from '../../src/components/question/QuestionConflict.vue'
import { plugins } from './setup'

const label = (id: string) => questionById(id)!.label.ja
const issue = (code: AnswerIssue['code'], key: string, value?: string): AnswerIssue => ({
  code,
  key,
  value,
  message: '',
})
const problem = (issues: AnswerIssue[], answers: Answers) =>
  mount(LinkProblem, { props: { issues, answers }, global: { plugins: plugins() } })
const lists = (w: ReturnType<typeof problem>) => w.findAll('ul').map((ul) => ul.findAll('li').map((li) => li.text()))

describe('LinkProblem', () => {
  it('names what could not be read by its question, and what was read, a per-event date as the date question', () => {
    const w = problem([issue('bad-value', 'insurance', 'xyz')], { events: ['birth'], 'date.birth': ['2026-12-01'] })
    const [unread, read] = lists(w)
    expect(unread).toEqual([`「${label('insurance')}」の答え「xyz」`])
    expect(read).toEqual([label('events'), label('date')])
  })

  it('lists the keys cut off a long link by their questions, and shows hidden characters written out', () => {
    const w = problem([issue('too-long', 'insurance, ages'), issue('unknown-key', 'x\u200by')], { events: ['birth'] })
    expect(lists(w)[0]).toEqual([
      `長すぎて読めなかった最後の部分（${label('insurance')}、${label('ages')}）`,
      'このアプリにない項目「x[U+200B]y」',
    ])
  })

  it('goes on from what was read, or only offers to start again when nothing was', () => {
    const some = problem([issue('bad-value', 'insurance', 'xyz')], { events: ['birth'] })
    expect(some.findAll('.actions a').map((a) => a.text())).toEqual(['読めたところから続ける', 'はじめからやり直す'])
    const none = problem([issue('too-long', 'events')], {})
    expect(none.text()).toContain('読めた答えはありません。')
    expect(none.findAll('.actions a').map((a) => [a.text(), a.attributes('href')])).toEqual([
      ['はじめからやり直す', '/'],
    ])
  })
})

describe('QuestionConflict', () => {
  const pension = questionById('pension')!
  const conflict = (value: string) =>
    mount(QuestionConflict, {
      props: { question: pension, issue: issue('contradiction', 'pension', value) },
      global: { plugins: plugins() },
    })

  it('says why the chosen answer does not fit, in the catalog’s words for that choice', () => {
    const words = pension.options!.find((o) => o.value === '3')!.conflict!.ja
    const w = conflict('3')
    expect(w.find('[role="status"]').text()).toContain('前の答えと合いませんでした')
    expect(w.text()).toContain(words)
  })

  it('says only that it does not fit where the choice has no words for it', () => {
    expect(conflict('9').findAll('p')).toHaveLength(1)
  })
})
