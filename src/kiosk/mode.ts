// Kiosk mode in the browser: the terminals at the 区民事務所. Entered by the start address /kiosk, held in
// memory only (a reload of the start address is a fresh terminal), never written with a resident's data.
// The reset forgets everything a resident may have left: storage, databases, caches of answers, history.
import { reactive } from 'vue'

import { DEFAULT_SETTINGS, kioskAddress, parseStoredSettings, readKioskSettings, type SettingProblem } from './settings'

/** The terminal's own setting (not a resident's): the last good settings, kept across resets. */
export const SETTINGS_KEY = 'navi.kiosk'
export const KIOSK_PATH = '/kiosk'

export const kiosk = reactive({
  active: false,
  settings: { ...DEFAULT_SETTINGS },
  problems: [] as SettingProblem[],
  /** The staff overlay (version, content, feed, how to leave). */
  staff: false,
})

let startQuery = ''

/** Called once at start when the address is the kiosk's. */
export function enterKiosk(search: string): void {
  kiosk.active = true
  startQuery = search
  document.documentElement.classList.add('kiosk')
  // What the page before wrote as it went (the router keeps scroll positions there on unload) goes too.
  try {
    sessionStorage.clear()
  } catch {
    /* no storage */
  }
}

/** Checks the start address's settings against the catalog's offices; a refused one keeps the last good. */
export function applyKioskSettings(offices: ReadonlySet<string>): void {
  let stored: string | null = null
  try {
    stored = localStorage.getItem(SETTINGS_KEY)
  } catch {
    /* no storage: defaults */
  }
  const { settings, problems } = readKioskSettings(
    new URLSearchParams(startQuery),
    offices,
    parseStoredSettings(stored) ?? DEFAULT_SETTINGS,
  )
  kiosk.settings = settings
  kiosk.problems = problems
  try {
    localStorage.setItem(SETTINGS_KEY, JSON.stringify(settings))
  } catch {
    /* the settings last this visit */
  }
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((done) => {
    const request = indexedDB.deleteDatabase(name)
    request.onsuccess = request.onerror = request.onblocked = () => done()
  })
}

/** Everything on the device but the app itself and the terminal's settings. */
export async function forgetResident(): Promise<void> {
  try {
    for (const key of Object.keys(localStorage)) if (key !== SETTINGS_KEY) localStorage.removeItem(key)
    sessionStorage.clear()
  } catch {
    /* no storage: nothing kept */
  }
  const databases = typeof indexedDB.databases === 'function' ? await indexedDB.databases() : []
  await Promise.all(databases.flatMap((d) => (d.name ? [deleteDatabase(d.name)] : [])))
  for (const cookie of document.cookie.split(';')) {
    const name = cookie.split('=')[0]?.trim()
    if (name) document.cookie = `${name}=; Max-Age=0; path=/`
  }
  // The app's own files (the precache) stay: they hold no answers. Any other cache goes.
  if (typeof caches !== 'undefined') {
    const names = await caches.keys()
    await Promise.all(names.filter((n) => !n.startsWith('workbox-precache')).map((n) => caches.delete(n)))
  }
}

/** A waiting new version takes over now, between two residents, never in front of one. */
async function takeUpdate(): Promise<void> {
  const registration = await navigator.serviceWorker?.getRegistration()
  const waiting = registration?.waiting
  if (!waiting) return
  await new Promise<void>((done) => {
    const timer = setTimeout(done, 3000)
    waiting.addEventListener('statechange', () => {
      if (waiting.state === 'activated') {
        clearTimeout(timer)
        done()
      }
    })
    waiting.postMessage({ type: 'SKIP_WAITING' })
  })
}

/** The next resident starts on a fresh terminal: the start address, replacing this one in the history. */
export async function resetKiosk(): Promise<void> {
  await forgetResident()
  await takeUpdate().catch(() => undefined)
  location.replace(kioskAddress(kiosk.settings))
}
