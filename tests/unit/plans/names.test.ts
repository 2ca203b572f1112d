import { describe, expect, it } from 'vitest'

import { plansFileName, suggestedPlanName } from '../../../src/plans/names'

describe('the export file', () => {
  it('is named by the day of the export', () => {
    expect(plansFileName(Date.parse('2026-11-25T10:00:00Z'))).toBe('tetsuzuki-plans-2026-11-25.json')
  })
})

describe('the name offered for a plan', () => {
  it('is the events in words, then the date when one was given', () => {
    expect(suggestedPlanName('転入・出産', { date: ['2026-12-20'] })).toBe('転入・出産 2026-12-20')
    expect(suggestedPlanName('転入', { date: ['unknown'] })).toBe('転入')
    expect(suggestedPlanName('転入', {})).toBe('転入')
    expect(suggestedPlanName('', { date: ['2026-12-20'] })).toBe('2026-12-20')
  })
})
