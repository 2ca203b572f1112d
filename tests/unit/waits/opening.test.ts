import { afterEach, describe, expect, it } from 'vitest'

import { counterKind, counterOpening, isOfficeOpen, officeOpening } from '../../../src/waits/opening'
import { at, calendar, offices } from './fixtures'

const office = (id: string) => {
  const found = offices.find((o) => o.id === id)
  if (!found) throw new Error(`no office ${id} in the catalog`)
  return found
}

describe('regular hours, on Tokyo time, closed by the ward calendar', () => {
  it.each([
    ['2026-11-24', '08:29', false, 'before opening'],
    ['2026-11-24', '08:30', true, 'at opening'],
    ['2026-11-24', '16:59', true, 'the last minute'],
    ['2026-11-24', '17:00', false, 'at closing'],
    ['2026-11-28', '10:00', false, 'Saturday'],
    ['2026-11-29', '10:00', false, 'Sunday'],
    ['2026-11-23', '10:00', false, '勤労感謝の日'],
    ['2026-12-28', '10:00', true, 'the last working day of the year'],
    ['2026-12-29', '10:00', false, '12/29 (a Tuesday)'],
    ['2026-12-30', '10:00', false, '12/30'],
    ['2027-01-01', '10:00', false, '元日'],
    ['2027-01-04', '10:00', true, 'the first working day of the year'],
  ])('takinogawa on %s at %s is open: %s (%s)', (date, time, open) => {
    expect(isOfficeOpen(office('takinogawa'), at(date, time), calendar)).toBe(open)
  })

  describe('whatever the machine’s time zone', () => {
    const saved = process.env.TZ
    afterEach(() => {
      process.env.TZ = saved
    })
    it.each(['America/Los_Angeles', 'Pacific/Kiritimati', 'UTC'])('%s', (zone) => {
      process.env.TZ = zone
      expect(isOfficeOpen(office('oji'), new Date('2026-11-24T23:45:00Z'), calendar)).toBe(true) // Wed 08:45 JST
      expect(isOfficeOpen(office('oji'), new Date('2026-11-24T08:15:00Z'), calendar)).toBe(false) // Tue 17:15 JST
    })
  })
})

describe('extra openings', () => {
  it.each([
    ['oji-registration', '2026-11-17', '17:30', 'open', 'third Tuesday evening: moves too'],
    ['oji-certificates', '2026-11-17', '18:59', 'open', 'third Tuesday evening: certificates'],
    ['oji-registration', '2026-11-17', '19:00', 'closed', 'the evening ends at 19:00'],
    ['oji-registration', '2026-11-10', '17:30', 'closed', 'second Tuesday: no moves in the evening'],
    ['oji-certificates', '2026-11-10', '17:30', 'to-confirm', 'the evening certificate desk is announced, not dated'],
    ['oji-certificates', '2026-11-28', '17:30', 'closed', 'no evening desk on a Saturday'],
    ['oji-registration', '2027-03-16', '17:30', 'closed', 'third Tuesday in March: no evening'],
    ['oji-certificates', '2027-03-16', '17:30', 'closed', 'no evening certificates in March'],
    ['oji-registration', '2027-04-20', '17:30', 'closed', 'third Tuesday in April: no evening'],
    ['oji-registration', '2027-05-18', '17:30', 'open', 'third Tuesday in May: evening again'],
    ['akabane-registration', '2026-11-17', '17:30', 'open', '赤羽 has the same evening'],
    ['takinogawa-registration', '2026-11-17', '17:30', 'closed', '滝野川 has no evening'],
    ['akabane-certificates', '2026-11-22', '10:00', 'to-confirm', '赤羽 on a Sunday: announced dates only'],
    ['akabane-registration', '2026-11-22', '15:59', 'to-confirm', 'the Sunday moves desk, announced'],
    ['akabane-registration', '2026-11-22', '16:00', 'closed', 'Sunday openings end at 16:00'],
    ['akabane-registration', '2026-11-22', '08:59', 'closed', 'Sunday openings start at 9:00'],
    ['akabane-registration', '2027-01-03', '10:00', 'closed', 'no Sunday opening in 12/29–1/3'],
    ['oji-registration', '2026-11-22', '10:00', 'closed', '王子 has no Sunday opening'],
  ])('%s on %s at %s is %s (%s)', (counterId, date, time, state) => {
    const officeId = counterId.replace(/-[a-z]+$/, '')
    expect(counterOpening(office(officeId), counterId, at(date, time), calendar)).toBe(state)
  })

  it('an office is as open as its most open counter', () => {
    expect(officeOpening(office('oji'), at('2026-11-10', '17:30'), calendar)).toBe('to-confirm')
    expect(officeOpening(office('oji'), at('2026-11-17', '17:30'), calendar)).toBe('open')
    expect(isOfficeOpen(office('akabane'), at('2026-11-22', '10:00'), calendar)).toBe(false)
  })

  it.each([
    ['oji-registration', 'registration'],
    ['akabane-certificates', 'certificates'],
    ['honcho-koseki', 'other'],
  ])('%s is a %s counter', (id, kind) => expect(counterKind(id)).toBe(kind))
})
