import { computed, onBeforeUnmount, onMounted, ref, shallowRef } from 'vue'

import type { Said } from '../speech/script'
import { pickVoice } from '../speech/voices'

/**
 * Reading a page aloud with the device's own voices (Web Speech API). `available` is false where the
 * browser has no speechSynthesis or no voice for the language: the button is then not offered at all,
 * rather than one that says nothing. Voices often arrive after the page (voiceschanged).
 */
export function useReadAloud(tag: () => string) {
  const synth = typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : undefined
  const voices = shallowRef<SpeechSynthesisVoice[]>([])
  const speaking = ref(false)
  const refresh = () => {
    voices.value = synth?.getVoices() ?? []
  }
  const voice = computed(() => pickVoice(voices.value, tag()))
  const available = computed(() => voice.value !== undefined)
  // Which utterances are this page's: a late end event from one stopped earlier must not reset the state.
  let run = 0

  function stop() {
    run++
    speaking.value = false
    synth?.cancel()
  }

  function speak(lines: readonly Said[]) {
    if (!synth || !voice.value || !lines.length) return
    synth.cancel()
    const mine = ++run
    const done = () => {
      if (mine === run) speaking.value = false
    }
    lines.forEach((line, i) => {
      const u = new SpeechSynthesisUtterance(line.text)
      const own = pickVoice(voices.value, line.lang)
      u.lang = own?.lang ?? line.lang
      if (own) u.voice = own
      // Slower than the default: the listeners are learning the app, often in a second language.
      u.rate = 0.9
      if (i === lines.length - 1) u.onend = done
      u.onerror = done
      synth.speak(u)
    })
    speaking.value = true
  }

  onMounted(() => {
    refresh()
    synth?.addEventListener?.('voiceschanged', refresh)
  })
  onBeforeUnmount(() => {
    synth?.removeEventListener?.('voiceschanged', refresh)
    if (speaking.value) stop()
  })

  return { available, speaking, speak, stop }
}
