import { useNow } from '@vueuse/core'
import { computed } from 'vue'

import { tokyoTime } from '../waits/tokyo'

/** Today's date at the ward (Tokyo), whatever the phone's time zone; it turns over at midnight. */
export function useToday() {
  const now = useNow({ interval: 60_000 })
  return computed(() => tokyoTime(now.value).date)
}
