import { defineStore } from 'pinia'
import { ref, watch } from 'vue'

const KEY = 'navi.furigana'

/** Reading preferences of this visit (kept on the device): furigana on やさしい日本語 text. */
export const useUiStore = defineStore('ui', () => {
  let initial = true
  try { initial = localStorage.getItem(KEY) !== 'off' } catch { /* keep the default */ }
  const furigana = ref(initial)
  watch(furigana, (on) => {
    try { localStorage.setItem(KEY, on ? 'on' : 'off') } catch { /* private mode */ }
  })
  return { furigana }
})
