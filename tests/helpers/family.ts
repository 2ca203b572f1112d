import type { Answers } from '../../src/answers/types'

/** The result work's family example: four people moving in from another city, one of them a baby. */
export const family = (): Answers => ({
  events: ['move-in'],
  date: ['2026-12-21'],
  from: ['other-city'],
  insurance: ['kokuho'],
  ages: ['35', '33', '4', '0'],
  card: ['yes'],
  nationality: ['japan'],
})
