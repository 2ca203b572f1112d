import { describe, expect, it } from 'vitest'

import { plansFileName } from '../../../src/plans/files'

describe('the export file', () => {
  it('is named by the day of the export', () => {
    expect(plansFileName(Date.parse('2026-11-25T10:00:00Z'))).toBe('tetsuzuki-plans-2026-11-25.json')
  })
})
