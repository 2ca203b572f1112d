import { describe, expect, it } from 'vitest'

import { addDays } from '../../../src/calendar/dates'
import { bestDayBefore, dayByHour, quietestTimes } from '../../../src/waits/forecast'
import { expectedWait } from '../../../src/waits/model'
import { at, calendar, offices } from './fixtures'

const context = { offices, calendar }

describe('quietest times', () => {
  const slots = quietestTimes('oji', '2026-11-01', '2026-11-30', context, { limit: 100 })

  it('are inside regular open hours on working weekdays', () => {
    expect(slots.length).toBeGreaterThan(20)
    for (const s of slots) {
      expect(['mon', 'tue', 'wed', 'thu', 'fri']).toContain(s.weekday)
      expect(s.hour).toBeGreaterThanOrEqual(8)
      expect(s.hour).toBeLessThan(17) // the third-Tuesday evening is not a weekly habit
    }
  })

  it('come quietest first, and the quietest is not on a Monday or in the 9–10 rush', () => {
    const best = quietestTimes('oji', '2026-11-01', '2026-11-30', context)
    expect(best).toHaveLength(3)
    expect(best.map((s) => s.expectedMinutes)).toEqual([...best.map((s) => s.expectedMinutes)].sort((a, b) => a - b))
    expect(best[0]?.weekday).not.toBe('mon')
    expect(best[0]?.hour).not.toBe(9)
  })

  it('differ by counter', () => {
    const certificates = quietestTimes('oji', '2026-11-01', '2026-11-30', context, { counterId: 'oji-certificates' })
    expect(certificates[0]!.expectedMinutes).toBeLessThan(
      quietestTimes('oji', '2026-11-01', '2026-11-30', context)[0]!.expectedMinutes,
    )
  })

  it.each([
    ['an unknown office', 'nowhere', '2026-11-01', '2026-11-30'],
    ['a range that runs backwards', 'oji', '2026-11-30', '2026-11-01'],
    ['the New Year break', 'oji', '2026-12-29', '2027-01-03'],
  ])('are none for %s', (_name, officeId, from, until) => {
    expect(quietestTimes(officeId, from, until, context)).toEqual([])
  })
})

describe('the best day before a due date', () => {
  it('lies between today and the due date, on an open day, keeping the last day in reserve', () => {
    const best = bestDayBefore('2026-11-27', context, { officeId: 'oji', from: '2026-11-24' })!
    expect(best.date >= '2026-11-24' && best.date < '2026-11-27').toBe(true)
    expect(calendar.isClosed(best.date)).toBe(false)
    expect(best.hour).toBeGreaterThanOrEqual(8)
    expect(best.hour).toBeLessThan(17)
  })

  it('goes before the worst of the moving season', () => {
    const best = bestDayBefore('2027-04-06', context, { officeId: 'oji', from: '2027-03-22' })!
    expect(best.date < '2027-03-25').toBe(true)
  })

  it('moves off a due date that falls on a weekend', () => {
    const best = bestDayBefore('2026-11-29', context, { officeId: 'oji', from: '2026-11-28' })
    expect(best).toBeNull()
    expect(bestDayBefore('2026-11-29', context, { officeId: 'oji', from: '2026-11-27' })?.date).toBe('2026-11-27')
  })

  it('skips the hours already gone today', () => {
    const best = bestDayBefore('2026-11-18', context, {
      officeId: 'oji',
      from: '2026-11-18',
      notBefore: at('2026-11-18', '15:10'),
    })
    expect(best?.date).toBe('2026-11-18')
    expect(best?.hour).toBeGreaterThanOrEqual(15)
  })

  it('is null when the due date has passed', () => {
    expect(bestDayBefore('2026-11-17', context, { officeId: 'oji', from: addDays('2026-11-17', 1) })).toBeNull()
  })
})

describe("today by the hour (the office page's table)", () => {
  const hours = (rows: { hour: number }[]) => rows.map((r) => r.hour)

  it('lists the regular hours of an ordinary weekday, 8時台 (from 8:30) to 16時台', () => {
    expect(hours(dayByHour('oji', at('2026-11-25', '10:15'), context))).toEqual([8, 9, 10, 11, 12, 13, 14, 15, 16])
  })

  it('averages the model over the open quarters of each hour', () => {
    const rows = dayByHour('oji', at('2026-11-25', '10:15'), context)
    // 8時台 is open only from 8:30, the quiet half hour before the rush.
    expect(rows[0]).toMatchObject({
      hour: 8,
      expectedMinutes: expectedWait('registration', '2026-11-25', 8 * 60 + 30, calendar).minutes,
    })
    expect(rows.find((r) => r.hour === 9)?.expectedMinutes).toBe(
      expectedWait('registration', '2026-11-25', 9 * 60, calendar).minutes,
    )
    expect(rows.find((r) => r.hour === 9)!.expectedMinutes).toBeGreaterThan(rows[0]!.expectedMinutes)
  })

  it('marks the hour now falls in, and only that one', () => {
    const rows = dayByHour('oji', at('2026-11-25', '10:15'), context)
    expect(rows.filter((r) => r.current).map((r) => r.hour)).toEqual([10])
    expect(dayByHour('oji', at('2026-11-25', '07:00'), context).some((r) => r.current)).toBe(false)
  })

  it('adds the third-Tuesday evening at the counter it serves, not the announced certificate desk', () => {
    expect(
      hours(dayByHour('oji', at('2026-11-17', '09:00'), context, { counterId: 'oji-registration' })).slice(-3),
    ).toEqual([16, 17, 18])
    expect(hours(dayByHour('oji', at('2026-11-18', '09:00'), context, { counterId: 'oji-certificates' })).at(-1)).toBe(
      16,
    )
  })

  it("follows the office's own hours, whatever they are", () => {
    const early = {
      ...offices.find((o) => o.id === 'oji')!,
      hours: [{ days: ['wed' as const], open: '05:30', close: '07:00' }],
      extra: [],
    }
    const rows = dayByHour('oji', at('2026-11-25', '06:10'), { offices: [early], calendar })
    // Open before the model's day starts: the hours are shown, with no queue expected.
    expect(rows).toEqual([
      { hour: 5, expectedMinutes: 0, expectedWaiting: 0, current: false },
      { hour: 6, expectedMinutes: 0, expectedWaiting: 0, current: true },
    ])
  })

  it.each([
    ['a Saturday', 'oji', undefined, '2026-11-28'],
    ['a public holiday', 'oji', undefined, '2026-11-23'],
    ['an unknown office', 'nowhere', undefined, '2026-11-25'],
    ['a counter of another office', 'oji', 'akabane-registration', '2026-11-25'],
  ])('is empty on %s', (_name, officeId, counterId, date) => {
    expect(dayByHour(officeId, at(date, '10:00'), context, counterId ? { counterId } : {})).toEqual([])
  })
})
