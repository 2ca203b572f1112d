import { describe, expect, it } from 'vitest'

import { dayFactor, expectedAt, expectedWait } from '../../../src/waits/model'
import { at, calendar, offices } from './fixtures'

const oji = offices.find((o) => o.id === 'oji')!
const minutes = (date: string, time: string, kind: 'registration' | 'certificates' | 'other' = 'registration') =>
  expectedWait(kind, date, Number(time.slice(0, 2)) * 60 + Number(time.slice(3)), calendar).minutes

describe('the model of the ward’s day', () => {
  it('the moving season brings waits of hours at registration', () => {
    expect(minutes('2027-03-29', '10:00')).toBeGreaterThanOrEqual(120)
    expect(minutes('2027-03-29', '10:00')).toBeGreaterThan(3 * minutes('2026-11-16', '10:00'))
    expect(minutes('2027-04-01', '12:00')).toBeGreaterThan(minutes('2026-10-01', '12:00'))
  })

  it('certificates feel the season less than registration', () => {
    const ratio = (kind: 'registration' | 'certificates') =>
      minutes('2027-03-29', '10:00', kind) / minutes('2026-11-16', '10:00', kind)
    expect(ratio('registration')).toBeGreaterThan(ratio('certificates'))
    expect(ratio('certificates')).toBeGreaterThan(1)
  })

  it('Monday is busier than Wednesday', () => {
    expect(minutes('2026-11-09', '10:00')).toBeGreaterThan(minutes('2026-11-11', '10:00'))
  })

  it('the day after a holiday is busier than the same weekday a week earlier', () => {
    // 2026-11-24 follows 勤労感謝の日 (Monday 11/23).
    expect(dayFactor('2026-11-24', 'registration', calendar)).toBeGreaterThan(
      dayFactor('2026-11-17', 'registration', calendar),
    )
    // 2027-01-12 follows 成人の日 (Monday 1/11).
    expect(dayFactor('2027-01-12', 'certificates', calendar)).toBeGreaterThan(
      dayFactor('2027-01-19', 'certificates', calendar),
    )
  })

  it('the last and first working days of a month are busier', () => {
    expect(dayFactor('2026-10-29', 'registration', calendar)).toBeGreaterThan(
      dayFactor('2026-10-22', 'registration', calendar),
    )
    expect(dayFactor('2026-10-02', 'registration', calendar)).toBeGreaterThan(
      dayFactor('2026-10-09', 'registration', calendar),
    )
  })

  it('quiet just after opening and late in the afternoon; the rush is at 9–10', () => {
    const day = '2026-11-18'
    expect(minutes(day, '08:30')).toBeLessThan(minutes(day, '09:30'))
    expect(minutes(day, '16:30')).toBeLessThan(minutes(day, '10:30'))
    expect(expectedWait('registration', day, 9 * 60 + 30, calendar).waiting).toBeGreaterThan(
      expectedWait('registration', day, 12 * 60, calendar).waiting,
    )
  })

  it('service is slower while staff rotate for lunch', () => {
    const perPerson = (time: string) => {
      const e = expectedWait('registration', '2026-11-18', Number(time.slice(0, 2)) * 60, calendar)
      return e.minutes / e.waiting
    }
    expect(perPerson('12:00')).toBeGreaterThan(perPerson('10:00'))
  })

  it.each([
    ['2026-11-18', '07:00', 'before opening'],
    ['2026-11-18', '17:30', 'after closing (no evening on an ordinary Wednesday)'],
    ['2026-11-21', '10:00', 'Saturday'],
    ['2027-01-02', '10:00', 'New Year'],
  ])('nobody waits on %s at %s (%s)', (date, time) => {
    expect(expectedAt(oji, 'oji-registration', at(date, time), calendar)).toEqual({ waiting: 0, minutes: 0 })
  })

  it('is open on the third-Tuesday evening, and deterministic', () => {
    const evening = expectedAt(oji, 'oji-registration', at('2026-11-17', '17:30'), calendar)
    expect(evening.waiting).toBeGreaterThan(0)
    expect(expectedAt(oji, 'oji-registration', at('2026-11-17', '17:30'), calendar)).toEqual(evening)
  })

  it('stays inside the contract’s ranges on the worst day', () => {
    for (let m = 0; m < 24 * 60; m += 15) {
      const e = expectedWait('registration', '2027-03-29', m, calendar)
      expect(e.waiting).toBeLessThanOrEqual(999)
      expect(e.minutes).toBeLessThanOrEqual(600)
    }
  })
})
