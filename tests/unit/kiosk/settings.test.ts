import { describe, expect, it } from 'vitest'

import { agesText, stepAge } from '../../../src/answers/input'
import { monthGrid, shiftMonth } from '../../../src/calendar/dates'
import {
  COUNTDOWN_SECONDS,
  DEFAULT_SETTINGS,
  idleState,
  kioskAddress,
  parseStoredSettings,
  readKioskSettings,
} from '../../../src/kiosk/settings'

const OFFICES = new Set(['oji', 'akabane', 'takinogawa', 'honcho'])
const read = (query: string, last = DEFAULT_SETTINGS) => readKioskSettings(new URLSearchParams(query), OFFICES, last)

describe('the settings an operator gives in the start address', () => {
  it('takes an office the catalog knows and an idle time within 30–600 seconds', () => {
    expect(read('office=oji&idle=90')).toEqual({ settings: { office: 'oji', idleSeconds: 90 }, problems: [] })
    expect(read('idle=30').settings.idleSeconds).toBe(30)
    expect(read('idle=600').settings.idleSeconds).toBe(600)
  })

  it.each(['29', '601', '0', '-5', '1e2', 'abc', '', '90s'])('refuses idle=%s and keeps the last good time', (idle) => {
    const { settings, problems } = read(`idle=${idle}`, { office: 'akabane', idleSeconds: 200 })
    expect(settings).toEqual({ office: 'akabane', idleSeconds: 200 })
    expect(problems).toEqual([{ setting: 'idle', value: idle, code: 'idle-range' }])
  })

  it('refuses an office the catalog does not know, naming it, and keeps the last good office', () => {
    const { settings, problems } = read('office=shibuya&idle=60', { office: 'oji', idleSeconds: 120 })
    expect(settings).toEqual({ office: 'oji', idleSeconds: 60 })
    expect(problems).toEqual([{ setting: 'office', value: 'shibuya', code: 'office-unknown' }])
  })

  it('starts from the defaults (no office, 120 s) and gives back an address that restores the settings', () => {
    expect(read('').settings).toEqual({ office: null, idleSeconds: 120 })
    expect(kioskAddress({ office: 'oji', idleSeconds: 90 })).toBe('/kiosk?office=oji&idle=90')
    expect(kioskAddress(DEFAULT_SETTINGS)).toBe('/kiosk')
    expect(read(kioskAddress({ office: 'oji', idleSeconds: 90 }).split('?')[1]!).settings).toEqual({
      office: 'oji',
      idleSeconds: 90,
    })
  })

  it('reads stored settings defensively', () => {
    expect(parseStoredSettings('{"office":"oji","idleSeconds":45}')).toEqual({ office: 'oji', idleSeconds: 45 })
    expect(parseStoredSettings('{"idleSeconds":5}')).toEqual({ office: null, idleSeconds: 120 })
    expect(parseStoredSettings('not json')).toBeNull()
    expect(parseStoredSettings(null)).toBeNull()
  })
})

describe('forgetting a resident who walked away', () => {
  const settings = { office: null, idleSeconds: 120 }
  it('counts down after the idle time, then resets', () => {
    expect(idleState(119.9, settings)).toEqual({ phase: 'active' })
    expect(idleState(120, settings)).toEqual({ phase: 'countdown', left: COUNTDOWN_SECONDS })
    expect(idleState(140.5, settings)).toEqual({ phase: 'countdown', left: 10 })
    expect(idleState(120 + COUNTDOWN_SECONDS, settings)).toEqual({ phase: 'reset' })
  })
})

describe('input by touch alone', () => {
  it('lays a month out in weeks from Sunday', () => {
    const weeks = monthGrid(2026, 12)
    expect(weeks[0]).toEqual([null, null, '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05'])
    expect(weeks.at(-1)).toEqual(['2026-12-27', '2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', null, null])
    expect(monthGrid(2027, 2).flat().filter(Boolean)).toHaveLength(28)
    expect(monthGrid(2028, 2).flat().filter(Boolean)).toHaveLength(29)
  })

  it('moves between months across years', () => {
    expect(shiftMonth(2026, 12, 1)).toEqual([2027, 1])
    expect(shiftMonth(2027, 1, -1)).toEqual([2026, 12])
  })

  it('steps ages within what the answers allow, and writes them as typed', () => {
    expect(stepAge(3, -10)).toBe(0)
    expect(stepAge(125, 10)).toBe(130)
    expect(stepAge(30, 1)).toBe(31)
    expect(agesText([34, 32, 0])).toBe('34, 32, 0')
  })
})
