import { defineStore } from 'pinia'
import { ref, watch } from 'vue'

const FURIGANA = 'navi.furigana'
const TEXT_SIZE = 'navi.textSize'

/** Text size steps a resident can choose; the page's root font size, so every rem follows. */
export const TEXT_SIZES = { normal: '100%', large: '125%', larger: '150%' } as const
export type TextSize = keyof typeof TEXT_SIZES

function read(key: string): string | null {
  try { return localStorage.getItem(key) } catch { return null }
}
function write(key: string, value: string) {
  try { localStorage.setItem(key, value) } catch { /* private mode: the choice lasts this visit */ }
}

/** The reader's own preferences, kept on the device: furigana and text size. */
export const useUiStore = defineStore('ui', () => {
  /** Off on a shared kiosk: nothing about a resident is written to the device. */
  const persist = ref(true)
  const furigana = ref(read(FURIGANA) !== 'off')
  const saved = read(TEXT_SIZE)
  const textSize = ref<TextSize>(saved && saved in TEXT_SIZES ? (saved as TextSize) : 'normal')
  watch(furigana, (on) => { if (persist.value) write(FURIGANA, on ? 'on' : 'off') })
  watch(textSize, (size) => {
    if (typeof document !== 'undefined') document.documentElement.style.fontSize = TEXT_SIZES[size]
    if (persist.value) write(TEXT_SIZE, size)
  }, { immediate: true })
  return { furigana, textSize, persist }
})
