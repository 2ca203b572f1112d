// Lighthouse (its default config: mobile, simulated throttling) against the built app served by the
// production server on 127.0.0.1, driving the system Chromium with the flags the e2e tests use offline.
import type { AddressInfo } from 'node:net'

import { createAppServer } from '../../server/app'
import { CHROME_ARGS, findChrome } from '../../tests/e2e/setup/chrome'

export interface PageScores {
  url: string
  performance: number | null
  accessibility: number | null
  bestPractices: number | null
  lcpMs: number | null
  cls: number | null
  tbtMs: number | null
  /** JavaScript the page downloaded (transfer size, KB): before any touch on a prerendered page. */
  scriptKB: number | null
  /** Main-thread work while loading (Lighthouse's mainthread-work-breakdown, simulated slow phone), ms. */
  mainThreadMs: number | null
  /** Runs that completed; the scores are the one with the best performance score. */
  runs: number
}

export interface PageError {
  url: string
  error: string
}

/** Per page, the best run's scores (or why every attempt failed); `error` alone when Lighthouse could not start. */
export type LighthouseReport = Record<string, PageScores | PageError> | { error: string }

const ATTEMPTS = 3

/** The `script` row of Lighthouse's resource summary, in KB. */
function scriptTransferKB(details: unknown): number | null {
  const items = (details as { items?: { resourceType?: string; transferSize?: number }[] } | undefined)?.items
  const script = items?.find((i) => i.resourceType === 'script')?.transferSize
  return typeof script === 'number' ? Math.round(script / 102.4) / 10 : null
}

const score = (s: number | null | undefined) => (typeof s === 'number' ? Math.round(s * 100) : null)
const round = (n: number | undefined, digits = 0) =>
  typeof n === 'number' ? Math.round(n * 10 ** digits) / 10 ** digits : null

export async function runLighthouse(
  dist: string,
  pages: Record<string, string>,
  runs: number,
  log: (s: string) => void,
): Promise<LighthouseReport> {
  let server: ReturnType<typeof createAppServer> | undefined
  let chrome: { port: number; kill(): void } | undefined
  try {
    const [{ default: lighthouse }, chromeLauncher] = await Promise.all([
      import('lighthouse'),
      import('chrome-launcher'),
    ])
    server = createAppServer({ dist })
    const listening = server
    await new Promise<void>((resolve, reject) => listening.once('error', reject).listen(0, '127.0.0.1', resolve))
    const origin = `http://127.0.0.1:${(listening.address() as AddressInfo).port}`
    chrome = await chromeLauncher.launch({ chromePath: findChrome(), chromeFlags: ['--headless=new', ...CHROME_ARGS] })
    const port = chrome.port
    const measure = async (path: string): Promise<PageScores> => {
      const result = await lighthouse(`${origin}${path}`, {
        port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices'],
      })
      if (!result) throw new Error(`lighthouse returned nothing for ${path}`)
      const { categories, audits, runtimeError } = result.lhr
      if (runtimeError) throw new Error(`${runtimeError.code}: ${runtimeError.message.split('\n')[0]}`)
      return {
        url: path,
        performance: score(categories.performance?.score),
        accessibility: score(categories.accessibility?.score),
        bestPractices: score(categories['best-practices']?.score),
        lcpMs: round(audits['largest-contentful-paint']?.numericValue),
        cls: round(audits['cumulative-layout-shift']?.numericValue, 3),
        tbtMs: round(audits['total-blocking-time']?.numericValue),
        scriptKB: scriptTransferKB(audits['resource-summary']?.details),
        mainThreadMs: round(audits['mainthread-work-breakdown']?.numericValue),
        runs: 1,
      }
    }
    const report: Record<string, PageScores | PageError> = {}
    for (const [name, path] of Object.entries(pages)) {
      let best: PageScores | undefined
      let failure = ''
      let done = 0
      // A trace can fail on a busy machine (NO_NAVSTART, NO_FCP): failed runs are tried again, a few times.
      for (let attempt = 1; done < runs && attempt <= runs + ATTEMPTS - 1; attempt++) {
        log(`lighthouse ${name} (run ${done + 1}/${runs}) ${path}`)
        try {
          const page = await measure(path)
          if (!best || (page.performance ?? -1) > (best.performance ?? -1)) best = page
          done++
        } catch (e) {
          failure = (e as Error).message.split('\n')[0] ?? String(e)
          log(`lighthouse ${name}: ${failure}`)
        }
      }
      report[name] = best ? { ...best, runs: done } : { url: path, error: failure }
    }
    return report
  } catch (e) {
    return { error: (e as Error).message.split('\n')[0] ?? String(e) }
  } finally {
    chrome?.kill()
    server?.close()
  }
}
