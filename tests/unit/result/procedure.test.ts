import { describe, expect, it } from 'vitest'

import { isAhead, isOverdue, procedureTag } from '../../../src/result/procedure'
import { due } from '../../helpers/results'

describe('a procedure on a card', () => {
  it.each([
    ['yes', 'required', 'procedure.obligation.required'],
    ['yes', 'optional', 'procedure.obligation.optional'],
    ['maybe', 'required', 'procedure.maybe'],
  ] as const)('applies %s, %s: tagged %s', (applies, obligation, tag) => {
    expect(procedureTag({ applies, obligation })).toBe(tag)
  })

  it.each([
    ['2026-11-24', true, false],
    ['2026-11-25', false, true],
    ['2026-11-26', false, true],
    [null, false, false],
  ])('due %s, today 2026-11-25: overdue %s, ahead %s', (date, overdue, ahead) => {
    expect(isOverdue({ due: due(date) }, '2026-11-25')).toBe(overdue)
    expect(isAhead({ due: due(date) }, '2026-11-25')).toBe(ahead)
  })
})
