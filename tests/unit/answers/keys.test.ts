import { describe, expect, it } from 'vitest'

import { type AnswerIssue, issuesOnPage } from '../../../src/answers/encoding'
import { dateEventOf, dateKey, questionIdOf } from '../../../src/answers/types'

describe('answer keys', () => {
  it.each([
    ['date.birth', 'birth', 'date'],
    [dateKey('move-in'), 'move-in', 'date'],
    ['date', undefined, 'date'],
    ['insurance', undefined, 'insurance'],
    ['dated', undefined, 'dated'],
  ])('%s is the own date of %s and answers the question %s', (key, event, question) => {
    expect(dateEventOf(key)).toBe(event)
    expect(questionIdOf(key)).toBe(question)
  })
})

describe('the issues a question’s page shows', () => {
  const conflict: AnswerIssue = { code: 'contradiction', key: 'pension', value: '3', message: '', with: ['spouse'] }
  const elsewhere: AnswerIssue = { code: 'contradiction', key: 'insurance', value: 'koki', message: '' }
  const bad: AnswerIssue = { code: 'bad-value', key: 'ages', value: 'x', message: '' }

  it('says a contradiction beside its own question only', () => {
    expect(issuesOnPage([elsewhere, conflict], 'pension').conflict).toBe(conflict)
    expect(issuesOnPage([elsewhere, conflict], 'spouse').conflict).toBeUndefined()
  })

  it('counts every other issue as a link that could not be read, and no contradiction as one', () => {
    expect(issuesOnPage([conflict, bad, elsewhere], 'pension').unreadable).toEqual([bad])
    expect(issuesOnPage([conflict], 'pension').unreadable).toEqual([])
  })
})
