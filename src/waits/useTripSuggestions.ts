import { computed, type Ref } from 'vue'
import type { TripWindow } from '../result/trips'
import { bestDayBefore, type DaySuggestion } from './forecast'
import { memo } from './memo'
import { tokyoTime } from './tokyo'
import { useWaits } from './useWaits'

export interface TripStop {
  window: TripWindow
  suggestion: DaySuggestion | null
}

/**
 * The quietest hour to go for each trip, between the first day it can happen and its deadline, and
 * the trips in the order of those days. Until `ready` (the trips are on screen) no forecast is run.
 */
export function useTripSuggestions(windows: Ref<TripWindow[]>, ready: Ref<boolean>) {
  const { forecast, now } = useWaits()
  return computed((): TripStop[] => {
    if (!ready.value) return windows.value.map((window) => ({ window, suggestion: null }))
    const today = tokyoTime(now.value).date
    const hour = Math.floor(tokyoTime(now.value).minutes / 60)
    const notBefore = new Date(Math.floor(now.value.getTime() / 3_600_000) * 3_600_000)
    const stops = windows.value.map((window) => {
      const from = window.from > today ? window.from : today
      const suggestion = window.until < from ? null : memo(`best:${window.trip.office}:${from}:${window.until}:${today}:${hour}`, () =>
        bestDayBefore(window.until, forecast, { officeId: window.trip.office, from, notBefore }))
      return { window, suggestion }
    })
    const key = (s: TripStop) => (s.suggestion ? `${s.suggestion.date}:${String(s.suggestion.hour).padStart(2, '0')}` : s.window.from)
    // Stable: a stop without a suggestion keeps its place by the first day it can happen.
    return stops.map((s, i) => ({ s, i })).sort((a, b) => key(a.s).localeCompare(key(b.s)) || a.i - b.i).map(({ s }) => s)
  })
}
