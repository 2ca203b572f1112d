import { onMounted, onBeforeUnmount, ref, watch, type Ref } from 'vue'

/**
 * How many of a long list to draw: the first few at once, the rest a handful per task after the
 * first paint, so a slow phone shows the top of a result at once and never freezes while the rest
 * is drawn.
 */
export function useProgressive(total: Ref<number>, first = 4, step = 4): Ref<number> {
  const shown = ref(first)
  let timer: ReturnType<typeof setTimeout> | undefined
  const more = () => {
    if (shown.value >= total.value) return
    timer = setTimeout(() => {
      shown.value += step
      more()
    }, 16)
  }
  onMounted(more)
  watch(total, () => { clearTimeout(timer); more() })
  onBeforeUnmount(() => clearTimeout(timer))
  return shown
}
