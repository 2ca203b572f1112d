// Shared fixtures for the waits tests: the real offices and calendar, and documents built around them.
import { officesOnly } from '../../../server/waits/catalog'
import type { WaitsDocument } from '../../../src/waits/feed'

export const ward = officesOnly()
export const { offices, calendar } = ward

/** The instant Tokyo's clock shows this date and time: at('2026-11-24', '10:15'). */
export const at = (date: string, time: string) => new Date(`${date}T${time}:00+09:00`)

type Counter = WaitsDocument['offices'][number]['counters'][number]
export const counter = (id: string, waiting = 5, extra: Partial<Counter> = {}): Counter => ({
  id,
  status: 'open',
  waiting,
  calling: 100,
  estimatedMinutes: waiting * 3,
  ...extra,
})

/** A document in which every catalog office and counter is open with `waiting` people. */
export function everyOfficeOpen(generatedAt: string, waiting = 5): WaitsDocument {
  return {
    version: 1,
    generatedAt,
    offices: offices.map((o) => ({
      id: o.id,
      status: 'open',
      counters: o.counters.map((c) => counter(c.id, waiting)),
    })),
  }
}

/** The contract's own example (docs/waits-feed-contract.md). */
export const contractExample = () => ({
  version: 1,
  generatedAt: '2026-11-24T10:15:00+09:00',
  offices: [
    {
      id: 'oji',
      status: 'open',
      counters: [
        { id: 'oji-registration', status: 'open', waiting: 12, calling: 134, estimatedMinutes: 25 },
        { id: 'oji-certificates', status: 'open', waiting: 3, calling: 512, estimatedMinutes: 5 },
      ],
    },
    { id: 'takinogawa', status: 'closed', counters: [] },
  ],
})
