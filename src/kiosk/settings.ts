// The kiosk's settings, set once by the operator in the terminal's start address
// (/kiosk?office=oji&idle=120): which office it stands in and how long a resident may pause before the
// terminal forgets them. Pure: the app checks an address against the catalog's offices with it, and the
// tests do too.

/** How long a resident may pause, in seconds, before the countdown starts (WCAG 2.2.1: it can be extended). */
export const IDLE_DEFAULT = 120
export const IDLE_MIN = 30
export const IDLE_MAX = 600
/** How long the countdown with 「続ける」 lasts before the terminal resets. */
export const COUNTDOWN_SECONDS = 30

export interface KioskSettings {
  /** The office the terminal stands in, or null where the operator named none. */
  office: string | null
  idleSeconds: number
}

export const DEFAULT_SETTINGS: KioskSettings = { office: null, idleSeconds: IDLE_DEFAULT }

/** A setting refused, with the value given: the operator sees it on the terminal and the last good one stays. */
export type SettingProblem =
  { setting: 'idle'; value: string; code: 'idle-range' } | { setting: 'office'; value: string; code: 'office-unknown' }

/**
 * Reads the settings of a start address over the last good ones: a value missing keeps the last good
 * one, a value refused keeps it too and is named.
 */
export function readKioskSettings(
  params: URLSearchParams,
  offices: ReadonlySet<string>,
  lastGood: KioskSettings = DEFAULT_SETTINGS,
): { settings: KioskSettings; problems: SettingProblem[] } {
  const settings = { ...lastGood }
  const problems: SettingProblem[] = []
  const idle = params.get('idle')
  if (idle !== null) {
    const seconds = /^\d{1,4}$/.test(idle) ? Number(idle) : Number.NaN
    if (seconds >= IDLE_MIN && seconds <= IDLE_MAX) settings.idleSeconds = seconds
    else problems.push({ setting: 'idle', value: idle, code: 'idle-range' })
  }
  const office = params.get('office')
  if (office !== null) {
    if (offices.has(office)) settings.office = office
    else problems.push({ setting: 'office', value: office, code: 'office-unknown' })
  }
  if (settings.office && !offices.has(settings.office)) settings.office = null
  return { settings, problems }
}

/** The start address that brings these settings back (the reset returns to it). */
export function kioskAddress(settings: KioskSettings): string {
  const params = new URLSearchParams()
  if (settings.office) params.set('office', settings.office)
  if (settings.idleSeconds !== IDLE_DEFAULT) params.set('idle', String(settings.idleSeconds))
  const query = params.toString()
  return query ? `/kiosk?${query}` : '/kiosk'
}

/** Settings kept by a terminal, as read back from storage: anything else is ignored. */
export function parseStoredSettings(text: string | null): KioskSettings | null {
  if (!text) return null
  try {
    const value = JSON.parse(text) as Partial<KioskSettings>
    const idleSeconds =
      typeof value.idleSeconds === 'number' && value.idleSeconds >= IDLE_MIN && value.idleSeconds <= IDLE_MAX
        ? value.idleSeconds
        : IDLE_DEFAULT
    const office = typeof value.office === 'string' ? value.office : null
    return { office, idleSeconds }
  } catch {
    return null
  }
}

/** What the countdown shows, given seconds since the last touch: nothing yet, the seconds left, or reset. */
export function idleState(
  idleFor: number,
  settings: KioskSettings,
): { phase: 'active' } | { phase: 'countdown'; left: number } | { phase: 'reset' } {
  if (idleFor < settings.idleSeconds) return { phase: 'active' }
  const left = settings.idleSeconds + COUNTDOWN_SECONDS - idleFor
  return left > 0 ? { phase: 'countdown', left: Math.ceil(left) } : { phase: 'reset' }
}
