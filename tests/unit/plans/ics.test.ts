import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'

import { foldLine, toIcs } from '../../../src/plans/ics'

const items = [
  {
    procedure: 'shussei',
    title: '出生届',
    date: '2027-01-04',
    description: '北区役所 本庁舎 戸籍係。出生証明書, 母子健康手帳を持って行く; 14日以内',
    location: '北区役所 本庁舎',
  },
  { procedure: 'jido-teate', title: '児童手当の認定請求', date: '2027-01-05' },
]

describe('calendar export (.ics)', () => {
  const text = toIcs(items, { key: 'plan-123', calendarName: '北区 手続きナビ', now: new Date('2026-11-25T01:02:03Z') })

  it('parses back with one all-day event per dated procedure, on the right dates', () => {
    const calendar = ICAL.Component.fromString(text)
    const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c))
    expect(events.map((e) => [e.summary, e.startDate.toString(), e.endDate.toString(), e.startDate.isDate])).toEqual([
      ['出生届（期限）', '2027-01-04', '2027-01-05', true],
      ['児童手当の認定請求（期限）', '2027-01-05', '2027-01-06', true],
    ])
    expect(events[0]?.description).toBe(items[0]?.description)
    expect(calendar.getFirstPropertyValue('x-wr-timezone')).toBe('Asia/Tokyo')
  })

  it('gives stable UIDs: the same plan exports the same UIDs, another plan different ones', () => {
    const uids = (t: string) =>
      ICAL.Component.fromString(t)
        .getAllSubcomponents('vevent')
        .map((c) => c.getFirstPropertyValue('uid'))
    const again = toIcs(items, { key: 'plan-123', calendarName: 'x', now: new Date('2027-01-01T00:00:00Z') })
    const other = toIcs(items, { key: 'plan-456', calendarName: 'x' })
    expect(uids(again)).toEqual(uids(text))
    expect(uids(other)).not.toEqual(uids(text))
    expect(new Set(uids(text)).size).toBe(2)
  })

  it('uses CRLF and folds long lines at 75 octets without splitting a character', () => {
    expect(text.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true)
    const folded = foldLine(`DESCRIPTION:${'あ'.repeat(60)}`)
    expect(folded.split('\r\n ').join('')).toBe(`DESCRIPTION:${'あ'.repeat(60)}`)
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true)
  })
})
