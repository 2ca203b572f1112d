import { describe, expect, it } from 'vitest'

import { initialWaitsState, reduceWaits, view } from '../../../src/waits/state'
import { counterWaitsOf } from '../../../src/waits/view'
import { at, calendar, contractExample, offices } from './fixtures'

describe("one counter's line in the waits view", () => {
  const now = at('2026-11-24', '10:15')
  const state = reduceWaits(initialWaitsState, { type: 'received', json: contractExample(), at: now })
  const shown = view(state, now, calendar, offices)

  it('is the counter of that office, with its numbers', () => {
    expect(counterWaitsOf(shown, 'oji', 'oji-certificates')).toMatchObject({
      counterId: 'oji-certificates',
      status: 'open',
      waiting: 3,
    })
    expect(counterWaitsOf(shown, 'oji', 'oji-registration')?.waiting).toBe(12)
  })

  it('is none for a counter of another office, or an office the catalog does not list', () => {
    expect(counterWaitsOf(shown, 'takinogawa', 'oji-registration')).toBeUndefined()
    expect(counterWaitsOf(shown, 'nowhere', 'oji-registration')).toBeUndefined()
  })
})
