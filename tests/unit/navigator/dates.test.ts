import { describe, expect, it } from 'vitest'

import { holidayList } from '../../../scripts/lib/catalog-files'
import { addDays, endOfMonths, parseIsoDate, wardCalendar } from '../../../src/calendar/dates'
import type { Due } from '../../../src/catalog/schema'
import { dueDate } from '../../../src/navigator/dates'

const calendar = wardCalendar(holidayList())
const text = { ja: 'x' }
const days = (n: number, countFirstDay: boolean): Due => ({ kind: 'days', days: n, countFirstDay, text })
const months = (n: number): Due => ({ kind: 'months', months: n, text })

describe('calendar arithmetic', () => {
  it.each([
    ['2026-12-31', 1, '2027-01-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2027-03-01', -1, '2027-02-28'],
  ])('%s + %i days = %s', (from, n, want) => expect(addDays(from, n)).toBe(want))

  it.each([
    ['2026-12-20', 3, '2027-03-20'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2027-11-30', 3, '2028-02-29'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2026-04-30', 3, '2026-07-31'],
    ['2026-02-28', 3, '2026-05-31'],
    ['2026-12-01', 3, '2027-03-01'],
    ['2026-01-30', 1, '2026-02-28'],
    ['2026-01-15', 3, '2026-04-15'],
  ])('a period of %i months after %s ends %s (民法140条・143条)', (from, n, want) =>
    expect(endOfMonths(from, n)).toBe(want),
  )

  it('rejects impossible dates', () => {
    expect(parseIsoDate('2026-02-30')).toBeNull()
    expect(parseIsoDate('2026-2-3')).toBeNull()
    expect(parseIsoDate('2026-02-03')?.toISOString()).toBe('2026-02-03T00:00:00.000Z')
  })
})

describe('the ward is closed on weekends, 祝日 and 12/29–1/3', () => {
  it.each([
    ['2026-12-26', true, 'Saturday'],
    ['2026-12-27', true, 'Sunday'],
    ['2026-12-28', false, 'Monday'],
    ['2026-12-29', true, '年末'],
    ['2027-01-01', true, '元日'],
    ['2027-01-04', false, 'first Monday after New Year'],
    ['2027-01-11', true, '成人の日'],
    ['2026-11-23', true, '勤労感謝の日'],
    ['2026-11-24', false, 'Tuesday'],
    ['2026-09-22', true, '国民の休日 between 敬老の日 and 秋分の日'],
  ])('%s closed = %s (%s)', (date, closed) => expect(calendar.isClosed(date)).toBe(closed))
})

describe('legal counting of deadlines', () => {
  it.each([
    ['住基法: 14 days not counting the move day', days(14, false), '2026-12-01', '2026-12-15', false],
    ['出生届: 14 days counting the birth day, over New Year', days(14, true), '2026-12-20', '2027-01-04', true],
    ['出生届: ordinary case', days(14, true), '2026-11-04', '2026-11-17', false],
    ['出生届: last day on a Sunday moves to Monday', days(14, true), '2026-11-02', '2026-11-16', true],
    ['死亡届: 7 days counting the day, ending on a Saturday', days(7, true), '2026-11-22', '2026-11-30', true],
    ['児童手当: 15 days from the day after', days(15, false), '2026-11-10', '2026-11-25', false],
    ['児童手当: last day on 勤労感謝の日 moves to Tuesday', days(15, false), '2026-11-08', '2026-11-24', true],
    ['months: 3 months', months(3), '2026-12-20', '2027-03-23', true],
    ['months: a period starting on the 1st ends at the month end', months(3), '2026-04-30', '2026-07-31', false],
    ['months: ending on a Sunday moves to Monday', months(3), '2026-02-28', '2026-06-01', true],
  ])('%s', (_name, due, event, want, moved) => {
    expect(dueDate(due, event, calendar)).toMatchObject({ date: want, movedForClosedDays: moved })
  })

  it('a deadline to file before the event moves back to the last open day', () => {
    expect(dueDate({ kind: 'before', text }, '2026-11-29', calendar)).toMatchObject({
      date: '2026-11-27',
      movedForClosedDays: true,
    })
  })

  it("a company's own deadline is not moved off the ward's closed days", () => {
    const due: Due = { kind: 'before', text, keepOnClosedDays: true }
    expect(dueDate(due, '2026-11-29', calendar)).toMatchObject({ date: '2026-11-29', movedForClosedDays: false })
  })

  it('says from which day a procedure can be done: the event day, or the days the catalog gives', () => {
    expect(dueDate(days(14, false), '2026-12-21', calendar).from).toBe('2026-12-21')
    expect(dueDate({ kind: 'before', text, opens: -14 }, '2026-12-21', calendar).from).toBe('2026-12-07')
    expect(dueDate({ kind: 'before', text }, '2026-12-21', calendar).from).toBeNull()
    expect(dueDate({ kind: 'none', text }, '2026-12-21', calendar).from).toBe('2026-12-21')
  })

  it('no date, no legal deadline or an unknown one gives no date', () => {
    expect(dueDate(days(14, false), null, calendar).date).toBeNull()
    expect(dueDate({ kind: 'none', text }, '2026-12-01', calendar).date).toBeNull()
    expect(dueDate({ kind: 'unknown', text }, '2026-12-01', calendar).date).toBeNull()
  })
})
