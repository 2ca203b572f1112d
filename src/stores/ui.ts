import { defineStore } from 'pinia'
import { ref, watch } from 'vue'

import { kiosk } from '../kiosk/mode'

const FURIGANA = 'navi.furigana'
const TEXT_SIZE = 'navi.textSize'

/** Text size steps a resident can choose; the page's root font size, so every rem follows. */
export const TEXT_SIZES = { normal: '100%', large: '125%', larger: '150%' } as const
export type TextSize = keyof typeof TEXT_SIZES

function read(key: string): string | null {
  try {
    return localStorage.getItem(key)
  } catch {
    return null
  }
}
function write(key: string, value: string) {
  try {
    localStorage.setItem(key, value)
  } catch {
    /* private mode: the choice lasts this visit */
  }
}

/** The reader's own preferences, kept on the device: furigana and text size. */
export const useUiStore = defineStore('ui', () => {
  /** Off on a shared kiosk: nothing about a resident is written to the device. */
  const persist = ref(!kiosk.active)
  const furigana = ref(persist.value ? read(FURIGANA) !== 'off' : true)
  const saved = persist.value ? read(TEXT_SIZE) : null
  const textSize = ref<TextSize>(saved && saved in TEXT_SIZES ? (saved as TextSize) : 'normal')
  watch(furigana, (on) => {
    if (persist.value) write(FURIGANA, on ? 'on' : 'off')
  })
  watch(
    textSize,
    (size) => {
      // A terminal is read standing, an arm's length away: each step one and a half times larger.
      const wanted = kiosk.active ? `${Number.parseInt(TEXT_SIZES[size]) * 1.5}%` : TEXT_SIZES[size]
      // Set only when it changes: any write restyles the whole page, which boot.js has already sized.
      const root = typeof document === 'undefined' ? undefined : document.documentElement
      if (root && (root.style.fontSize || TEXT_SIZES.normal) !== wanted) root.style.fontSize = wanted
      if (persist.value) write(TEXT_SIZE, size)
    },
    { immediate: true },
  )
  return { furigana, textSize, persist }
})
