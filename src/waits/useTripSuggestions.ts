import { computed, type Ref } from 'vue'

import { suggestInTurn, type TripWindow } from '../result/trips'
import { bestDayBefore, type DaySuggestion } from './forecast'
import { memo } from './memo'
import { tokyoTime } from './tokyo'
import { useWaits } from './useWaits'

export interface TripStop {
  window: TripWindow
  suggestion: DaySuggestion | null
}

/**
 * The quietest hour to go for each trip, between the first day it can happen and its deadline and after
 * the trips it follows, and the trips in the order of those hours. Until `ready` (the trips are on screen) no forecast is run.
 */
export function useTripSuggestions(windows: Ref<TripWindow[]>, ready: Ref<boolean>) {
  const { forecast, now } = useWaits()
  return computed((): TripStop[] => {
    if (!ready.value) return windows.value.map((window) => ({ window, suggestion: null }))
    const today = tokyoTime(now.value).date
    const notBefore = new Date(Math.floor(now.value.getTime() / 3_600_000) * 3_600_000)
    return suggestInTurn(windows.value, (window, first, after) => {
      const from = first > today ? first : today
      // After the trip it follows: from the next hour on that day (Tokyo is UTC+9 all year).
      const earliest = after
        ? new Date(
            Math.max(notBefore.getTime(), Date.parse(`${after.date}T00:00:00+09:00`) + (after.hour + 1) * 3_600_000),
          )
        : notBefore
      if (window.until < from) return null
      return memo(`best:${window.trip.office}:${from}:${window.until}:${earliest.getTime()}`, () =>
        bestDayBefore(window.until, forecast, { officeId: window.trip.office, from, notBefore: earliest }),
      )
    })
  })
}
