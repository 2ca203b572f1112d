import { existsSync } from 'node:fs'

/** The Chromium the end-to-end tests drive: CHROME_PATH, else Debian's /usr/bin/chromium. */
export function findChrome(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium'].filter((x): x is string => Boolean(x))
  const found = candidates.find((path) => existsSync(path))
  if (found) return found
  throw new Error(
    [
      'No Chromium found for the end-to-end tests.',
      `Looked at: ${candidates.join(', ') || '(none)'}.`,
      'Install one with: sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk',
      'or point CHROME_PATH at a Chrome/Chromium binary.',
    ].join('\n'),
  )
}

/** Flags for a headless Chromium on a machine without network: no background calls home. */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
]
