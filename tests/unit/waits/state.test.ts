import { describe, expect, it } from 'vitest'

import type { WaitsDocument } from '../../../src/waits/feed'
import {
  initialWaitsState,
  pollDelay,
  reduceWaits,
  retryAfterSeconds,
  view,
  type WaitsState,
} from '../../../src/waits/state'
import { at, calendar, counter, everyOfficeOpen, offices } from './fixtures'

const received = (json: unknown, when: Date, state: WaitsState = initialWaitsState) =>
  reduceWaits(state, { type: 'received', json, at: when })
const counterIn = (state: WaitsState, now: Date, officeId: string, counterId: string) =>
  view(state, now, calendar, offices)
    .offices.find((o) => o.officeId === officeId)
    ?.counters.find((c) => c.counterId === counterId)

describe('the reducer keeps the last good document', () => {
  const good = received(everyOfficeOpen('2026-11-24T10:15:00+09:00'), at('2026-11-24', '10:15'))

  it('uses a valid document, with the time it was fetched', () => {
    expect(good.good?.fetchedAt).toBe(at('2026-11-24', '10:15').getTime())
    expect(good.good?.generatedAt).toBe(at('2026-11-24', '10:15').getTime())
    expect(good.errors).toEqual([])
  })

  it('keeps it through a refused document, and says why', () => {
    const after = received({ version: 2 }, at('2026-11-24', '10:16'), good)
    expect(after.good).toBe(good.good)
    expect(after.errors[0]).toMatch(/^version/)
    expect(after.failures).toBe(1)
  })

  it('keeps it through a failure, remembering Retry-After', () => {
    const after = reduceWaits(good, {
      type: 'failed',
      at: at('2026-11-24', '10:16'),
      reason: 'HTTP 503',
      retryAfterSeconds: 120,
    })
    expect(after.good).toBe(good.good)
    expect(after.retryNotBefore).toBe(at('2026-11-24', '10:18').getTime())
    expect(pollDelay(after, at('2026-11-24', '10:16'))).toBe(120_000)
  })

  it('never lets an older document replace a newer one', () => {
    const after = received(everyOfficeOpen('2026-11-24T10:10:00+09:00', 50), at('2026-11-24', '10:16'), good)
    expect(after.good).toBe(good.good)
  })

  it('uses a document with dropped entries, listing them', () => {
    const doc = everyOfficeOpen('2026-11-24T10:20:00+09:00') as { offices: { counters: unknown[] }[] }
    doc.offices[0]!.counters[0] = { id: 'x', status: 'open', waiting: -1 }
    const after = received(doc, at('2026-11-24', '10:20'), good)
    expect(after.good).not.toBe(good.good)
    expect(after.errors).toEqual(['offices[0].counters[0].waiting: must be 0–999'])
  })

  it('backs off while failing and resets on 304', () => {
    let state = good
    for (let i = 0; i < 3; i++)
      state = reduceWaits(state, { type: 'failed', at: at('2026-11-24', '10:16'), reason: 'offline' })
    expect(pollDelay(state, at('2026-11-24', '10:16'))).toBe(240_000)
    state = reduceWaits(state, { type: 'not-modified', at: at('2026-11-24', '10:17') })
    expect(pollDelay(state, at('2026-11-24', '10:17'))).toBe(30_000)
    expect(state.good).toBe(good.good)
  })

  it('jitters the back-off but never asks before Retry-After', () => {
    const failing = reduceWaits(good, { type: 'failed', at: at('2026-11-24', '10:16'), reason: 'offline' })
    expect(pollDelay(failing, at('2026-11-24', '10:16'), 30_000, 300_000, 0.8)).toBe(48_000)
    expect(pollDelay(failing, at('2026-11-24', '10:16'), 30_000, 300_000, 1.2)).toBe(72_000)
    const refused = reduceWaits(good, {
      type: 'failed',
      at: at('2026-11-24', '10:16'),
      reason: 'HTTP 503',
      retryAfterSeconds: 120,
    })
    expect(pollDelay(refused, at('2026-11-24', '10:16'), 30_000, 300_000, 0.8)).toBe(120_000)
  })

  it.each([
    ['120', 120],
    ['Tue, 24 Nov 2026 01:20:00 GMT', 300],
    ['soon', null],
    [null, null],
  ])('Retry-After %j is %j seconds', (header, seconds) => {
    expect(retryAfterSeconds(header, new Date('2026-11-24T01:15:00Z'))).toBe(seconds)
  })
})

describe('the view: age, earlier days and the calendar', () => {
  const doc = everyOfficeOpen('2026-11-24T10:05:00+09:00', 7)
  const state = received(doc, at('2026-11-24', '10:05'))

  it('shows "as of" from generatedAt in Tokyo time, not the fetch time', () => {
    const late = received(everyOfficeOpen('2026-11-24T01:05:00Z'), at('2026-11-24', '10:09'))
    expect(view(late, at('2026-11-24', '10:09'), calendar, offices).asOf).toBe('10:05')
  })

  it.each([
    ['10:14:59', false],
    ['10:15:00', false],
    ['10:15:01', true],
  ])('at %s the data is stale: %s', (time, stale) => {
    const now = new Date(`2026-11-24T${time}+09:00`)
    const shown = view(state, now, calendar, offices)
    expect(shown.stale).toBe(stale)
    expect(counterIn(state, now, 'oji', 'oji-registration')).toMatchObject({ stale, waiting: 7, asOf: '10:05' })
  })

  it('never shows an earlier day’s numbers as current', () => {
    const now = at('2026-11-25', '08:45')
    expect(view(state, now, calendar, offices).fromEarlierDay).toBe(true)
    expect(counterIn(state, now, 'oji', 'oji-registration')).toMatchObject({
      status: 'unknown',
      waiting: null,
      estimatedMinutes: null,
      calling: null,
      fromEarlierDay: true,
    })
  })

  it.each([
    ['2026-11-28', '10:00', 'Saturday'],
    ['2026-11-23', '10:00', '勤労感謝の日'],
    ['2026-12-29', '10:00', '12/29'],
    ['2027-01-01', '10:00', '元日'],
    ['2027-01-04', '08:29', 'before 8:30'],
    ['2027-01-04', '19:00', 'after the evening desks'],
  ])('on %s at %s (%s) every office is closed, whatever the feed says', (date, time) => {
    const now = at(date, time)
    const open = received(everyOfficeOpen(now.toISOString().replace('.000Z', 'Z')), now)
    for (const office of view(open, now, calendar, offices).offices) {
      expect(office.status).toBe('closed')
      expect(office.counters.every((c) => c.status === 'closed' && c.waiting === null)).toBe(true)
    }
  })

  it('after 17:00 on a weekday only the evening desks may be open', () => {
    const now = at('2027-01-04', '17:00')
    const shown = view(received(everyOfficeOpen('2027-01-04T17:00:00+09:00', 3), now), now, calendar, offices)
    const status = Object.fromEntries(
      shown.offices.flatMap((o) => o.counters.map((c) => [c.counterId, `${c.status}${c.toConfirm ? ' 要確認' : ''}`])),
    )
    expect(status).toMatchObject({
      'honcho-koseki': 'closed',
      'oji-registration': 'closed',
      'oji-certificates': 'open 要確認',
      'akabane-certificates': 'open 要確認',
      'takinogawa-certificates': 'closed',
      'kita-nenkin-soudan': 'open', // the pension office closes at 17:15
    })
  })

  it('third-Tuesday evening: moves and certificates at 王子 and 赤羽, nothing elsewhere', () => {
    const now = at('2026-11-17', '17:30')
    const open = received(everyOfficeOpen('2026-11-17T17:30:00+09:00', 4), now)
    const shown = view(open, now, calendar, offices)
    const status = Object.fromEntries(shown.offices.map((o) => [o.officeId, o.status]))
    expect(status).toMatchObject({
      honcho: 'closed',
      oji: 'open',
      akabane: 'open',
      takinogawa: 'closed',
      hokenjo: 'closed',
      'kita-nenkin': 'closed',
    })
    expect(counterIn(open, now, 'oji', 'oji-registration')).toMatchObject({
      status: 'open',
      waiting: 4,
      toConfirm: false,
    })
  })

  it('no evening in March–April, even on the third Tuesday', () => {
    const now = at('2027-03-16', '17:30')
    const open = received(everyOfficeOpen('2027-03-16T17:30:00+09:00'), now)
    expect(view(open, now, calendar, offices).offices.every((o) => o.status === 'closed')).toBe(true)
  })

  it('an announced opening is shown as the feed says, marked 要確認', () => {
    const now = at('2026-11-22', '10:00') // a Sunday
    const open = received(everyOfficeOpen('2026-11-22T10:00:00+09:00', 9), now)
    const akabane = view(open, now, calendar, offices).offices.find((o) => o.officeId === 'akabane')
    expect(akabane).toMatchObject({ status: 'open', toConfirm: true })
    expect(akabane?.counters[0]).toMatchObject({ status: 'open', waiting: 9, toConfirm: true })
    expect(view(open, now, calendar, offices).offices.find((o) => o.officeId === 'oji')?.status).toBe('closed')
    // Without a word from the feed it stays unknown: the ward's notice decides.
    const silent = received({ version: 1, generatedAt: '2026-11-22T10:00:00+09:00', offices: [] }, now)
    expect(view(silent, now, calendar, offices).offices.find((o) => o.officeId === 'akabane')).toMatchObject({
      status: 'unknown',
      toConfirm: true,
    })
  })

  it('a feed office that is closed or suspended holds its counters with it', () => {
    const now = at('2026-11-24', '10:05')
    const custom: WaitsDocument = {
      version: 1,
      generatedAt: '2026-11-24T10:05:00+09:00',
      offices: [
        { id: 'oji', status: 'suspended', counters: [counter('oji-registration', 20)] },
        { id: 'akabane', status: 'closed', counters: [counter('akabane-registration', 20)] },
        {
          id: 'takinogawa',
          status: 'open',
          counters: [counter('takinogawa-registration', 2, { status: 'suspended' })],
        },
        { id: 'not-in-the-catalog', status: 'open', counters: [counter('x', 1)] },
      ],
    }
    const shown = view(received(custom, now), now, calendar, offices)
    const byId = Object.fromEntries(shown.offices.map((o) => [o.officeId, o]))
    expect(byId.oji?.counters.map((c) => [c.status, c.waiting])).toEqual([
      ['suspended', 20],
      ['suspended', null],
    ])
    expect(byId.akabane?.counters.map((c) => [c.status, c.waiting])).toEqual([
      ['closed', null],
      ['closed', null],
    ])
    expect(byId.takinogawa?.counters.map((c) => [c.status, c.waiting])).toEqual([
      ['suspended', 2],
      ['unknown', null],
    ])
    expect(byId.honcho?.status).toBe('unknown')
    expect(shown.offices.map((o) => o.officeId)).toEqual(offices.map((o) => o.id))
  })

  it('with no data at all every open office is unknown', () => {
    const shown = view(initialWaitsState, at('2026-11-24', '10:00'), calendar, offices)
    expect(shown).toMatchObject({ asOf: null, stale: false, fromEarlierDay: false })
    expect(shown.offices.every((o) => o.status === 'unknown')).toBe(true)
  })
})
