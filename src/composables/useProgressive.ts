import { onBeforeUnmount, onMounted, type Ref, ref, shallowRef, watch } from 'vue'

// A page drawn on the server comes whole; while the app takes it over (hydrates it), lists and parts
// start whole too, so that what the app draws matches what is already on the screen (src/start.ts).
let whole = import.meta.env.SSR
export function drawWhole(on: boolean): void {
  whole = import.meta.env.SSR || on
}
/** Whether the app is taking over a page drawn before it ran (until its first navigation). */
export function takingOver(): boolean {
  return whole && !import.meta.env.SSR
}

/** Runs `step` in its own task after the browser has had a chance to paint, until it says stop. */
function afterPaint(step: () => boolean): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  let frame: number | undefined
  const next = () => {
    // A frame first, so what is already drawn reaches the screen; then a task, so input is not held up.
    const paint =
      typeof requestAnimationFrame === 'function'
        ? requestAnimationFrame
        : (f: () => void) => setTimeout(f, 16) as unknown as number
    frame = paint(() => {
      timer = setTimeout(() => {
        if (step()) next()
      }, 0)
    })
  }
  next()
  return () => {
    clearTimeout(timer)
    if (frame !== undefined && typeof cancelAnimationFrame === 'function') cancelAnimationFrame(frame)
  }
}

/** Lists still being drawn a few at a time: a page's later parts wait for them (`useStaged`). */
const listsDrawing = shallowRef(0)

/**
 * How many of a long list to draw: the first few at once, the rest a handful per task after the
 * first paint, so a slow phone shows the top of a result at once and never freezes while the rest
 * is drawn.
 */
export function useProgressive(total: Ref<number>, first = 3, step = 3): Ref<number> {
  const shown = ref(whole ? Math.max(first, total.value) : first)
  let stop = () => {}
  let drawing = false
  const drawingNow = (on: boolean) => {
    if (on === drawing) return
    drawing = on
    listsDrawing.value += on ? 1 : -1
  }
  const more = () => {
    stop()
    drawingNow(shown.value < total.value)
    if (!drawing) return
    stop = afterPaint(() => {
      shown.value += step
      drawingNow(shown.value < total.value)
      return drawing
    })
  }
  // Printing draws everything at once: the paper must not stop at the cards drawn so far.
  const all = () => {
    stop()
    shown.value = Math.max(shown.value, total.value)
    drawingNow(false)
  }
  onMounted(() => {
    more()
    addEventListener('beforeprint', all)
  })
  watch(total, more)
  onBeforeUnmount(() => {
    stop()
    drawingNow(false)
    removeEventListener('beforeprint', all)
  })
  return shown
}

/**
 * Which of a page's later parts to draw yet: 0 at first, then one more per task after the first
 * paint, up to `parts`, once the lists above them are whole. The top of the page is on screen before
 * the parts below it are built, and a part once drawn is not pushed down by a list still growing.
 */
export function useStaged(parts: number): Ref<number> {
  const stage = ref(whole ? parts : 0)
  let stop = () => {}
  const all = () => {
    stop()
    stage.value = parts
  }
  onMounted(() => {
    addEventListener('beforeprint', all)
    if (stage.value >= parts) return
    stop = afterPaint(() => {
      // A part is added below a list only once the list is whole: nothing above it moves it after it is drawn.
      if (listsDrawing.value === 0) stage.value += 1
      return stage.value < parts
    })
  })
  onBeforeUnmount(() => {
    stop()
    removeEventListener('beforeprint', all)
  })
  return stage
}
