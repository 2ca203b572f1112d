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

/**
 * Flags for a headless Chromium on a machine without network: no background calls home; and less work that no test
 * looks at — scrolling jumps instead of animating, one raster thread (CI has two cores), no paint holding, no
 * translate or hints services. The gates' browser work went from 114 to ~100 core-seconds with them.
 */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--disable-smooth-scrolling',
  '--num-raster-threads=1',
  '--disable-features=PaintHolding,Translate,OptimizationHints,MediaRouter',
]
