// The first script of every page, kept tiny. A page drawn before it arrived (the home page and each
// question, by the build; a result, by the server) already reads, and its forms and links already work
// without any script, so the app is fetched and started when the resident first touches, types or
// points; any other page starts it at once. The service worker is registered after load either way,
// so the first visit makes the app work offline.
import './styles/main.css'

import { earlyChanges, earlyPresses, nextTask, putBackEarlyChanges } from './modules/take-over'
import { tokyoTime } from './waits/tokyo'

const root = document.getElementById('app') as HTMLElement
// Drawn for this very address (its answers included), and, where its words depend on the day, on the
// day the phone says it is today (a phone with another date gets the app's own drawing at once). Asked
// again when the app starts: Back before any touch changes the address, not the page drawn.
const drawnForHere = () =>
  root.dataset.prerendered === window.location.pathname + window.location.search &&
  (!root.dataset.today || root.dataset.today === tokyoTime(Date.now()).date) &&
  root.childElementCount > 0
const prerendered = drawnForHere()
// boot.js hides a page shown in another language than the prerender's until the app has switched.
const waiting = document.documentElement.hasAttribute('data-boot-lang')

// What the resident changed in the prerendered form before the app took over: hydration sets each
// control from the app's state, so it is given back afterwards, as if typed or ticked again.
const remember = (e: Event) => {
  const el = e.target
  if (!(el instanceof HTMLInputElement)) return
  earlyChanges.set(el, { checked: el.checked, value: el.value })
}
addEventListener('change', remember, true)
addEventListener('input', remember, true)
const replay = () => {
  removeEventListener('change', remember, true)
  removeEventListener('input', remember, true)
  putBackEarlyChanges()
  for (const el of earlyChanges.keys()) {
    if (!el.isConnected) continue
    // Dispatched even when the control looks right: the app's state may not know it yet.
    const kind = el.type === 'checkbox' || el.type === 'radio' ? 'change' : 'input'
    el.dispatchEvent(new Event(kind, { bubbles: true }))
  }
  // The app knows them now: a part taken over later must not set them back to how they were left.
  earlyChanges.clear()
}

// A form sent before the app took over would carry the answers to the server as a GET address (the
// prerendered forms work without script that way). With script running, the app answers it instead,
// on the device: the sending waits for the app, and only if the app cannot start does it go as it is.
let held: { form: HTMLFormElement; submitter: HTMLElement | null } | null = null
const hold = (e: SubmitEvent) => {
  if (!(e.target instanceof HTMLFormElement)) return
  e.preventDefault()
  held = { form: e.target, submitter: e.submitter }
  void start()
}
addEventListener('submit', hold, true)
const send = () => {
  removeEventListener('submit', hold, true)
  const pending = held
  held = null
  if (!pending?.form.isConnected) return
  const submitter =
    pending.submitter?.isConnected && pending.form.contains(pending.submitter) ? pending.submitter : undefined
  pending.form.requestSubmit(submitter)
}

// What does nothing without the app — a link opened inside it, a button, a card's summary, a tick box
// outside any form — pressed before the app took over is pressed again, in order, once it has; if the
// app cannot start, it is pressed again all the same (a link then opens as a page). Controls of a form
// are left to the browser (they work without the app, and are given back as typed, above).
const PRESSED_AGAIN = 'a[href], button, summary, input[type=checkbox], input[type=radio]'
const pressed = earlyPresses
const press = (e: MouseEvent) => {
  const el = e.target instanceof Element ? e.target.closest<HTMLElement>(PRESSED_AGAIN) : null
  if (!el || !root.contains(el) || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return
  if (el instanceof HTMLAnchorElement && (el.target || el.hasAttribute('download') || el.origin !== location.origin))
    return
  if ((el instanceof HTMLButtonElement && el.type === 'submit') || (el instanceof HTMLInputElement && el.form)) return
  e.preventDefault()
  pressed.push(el)
  void start()
}
addEventListener('click', press, true)
// After a task of its own: the parts of the page that hold a press are taken over in the microtasks after the rest.
const pressAgain = () => {
  removeEventListener('click', press, true)
  setTimeout(() => {
    for (const el of pressed.splice(0)) {
      if (el.isConnected) el.click()
      else if (el instanceof HTMLAnchorElement) location.assign(el.href)
    }
  })
}

// A result drawn for another day than the phone's is not shown at all (its deadlines would read
// wrong): the app draws its own at once.
if (root.dataset.today !== undefined && !prerendered && !waiting) root.replaceChildren()

let starting: Promise<void> | undefined
const start = () =>
  (starting ??= Promise.all([
    // Each file asked for in a task of its own (a slow phone spends 5–15 ms on each ask); they download together.
    import('vue'),
    nextTask().then(() => import('./modules/runtime')),
    nextTask()
      .then(nextTask)
      .then(() => import('./start')),
  ])
    .then(([, , app]) => app)
    // A page shown in another language is drawn afresh: hydration would keep the prerender's links.
    .then((app) => app.start(drawnForHere() && !waiting))
    // Put back at once, in the task that took the page over: the box ticked before the app ran never shows
    // unticked (a part taken over in the microtasks after puts back its own: src/modules/lazy.ts).
    .then(putBackEarlyChanges)
    // The app told a task later: the parts of the page that hold a change are taken over in the microtasks after the rest.
    .then(nextTask)
    .then(replay)
    .then(
      () => {
        send()
        pressAgain()
      },
      (error: unknown) => {
        send()
        pressAgain()
        throw error
      },
    ))
if (!prerendered || waiting) void start()
else {
  // Back or Forward to a page the app had shown before a reload changes only the address: the app draws that page.
  const events = ['pointerdown', 'touchstart', 'keydown', 'focusin', 'mouseover', 'popstate'] as const
  // Started a task later: the touch's own task stays the browser's (a slow phone spends 20–50 ms there on the
  // event and the hover's restyle), and asking for the app's files (a link for each) is a task of its own.
  const first = () => {
    for (const name of events) removeEventListener(name, first, true)
    setTimeout(() => void start())
  }
  for (const name of events) addEventListener(name, first, { capture: true, passive: true })
}

if ('serviceWorker' in navigator && import.meta.env.PROD) {
  addEventListener('load', () => {
    void navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => undefined)
  })
}
