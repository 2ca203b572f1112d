// The first touch on a page drawn before the app ran (the home page by the build, a result by the server): the
// app's code is fetched, run, and takes the page over then. Lighthouse's TBT does not see it (nothing is touched
// while it measures), so it is measured here: the main thread's tasks in the seconds after a first pointer move,
// with the CPU slowed 4× as Lighthouse's mobile preset simulates it.
import type { AddressInfo } from 'node:net'

import { chromium } from 'playwright-core'

import { createAppServer } from '../../server/app'
import { stopServer } from '../../server/stop'
import { CHROME_ARGS, findChrome } from '../../tests/e2e/setup/chrome'
import type { PageError } from './lighthouse'

export interface FirstTouch {
  url: string
  /** The longest main-thread task after the touch, ms. */
  longestTaskMs: number
  /** Tasks over 50 ms after the touch. */
  longTasks: number
  /** Σ (task − 50 ms) over those tasks, as TBT counts it. */
  blockingMs: number
  /** The app took the page over in that time (Vue keeps its root vnode on the element it mounted on). */
  tookOver: boolean
  runs: number
}

const SLOWDOWN = 4
const LONG = 50
/** How long after the touch tasks are counted: the app's start, its data and the parts taken over in turn. */
const WATCH_MS = 6000

interface TraceEvent {
  name: string
  tid: number
  ts: number
  dur?: number
  args?: { name?: string }
}

/** The renderer's main thread: the CrRendererMain with the most task time. */
function mainThreadTasks(events: TraceEvent[]): number[] {
  const mains = new Set(
    events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => e.tid),
  )
  const byThread = new Map<number, number[]>()
  for (const e of events)
    if (e.name === 'RunTask' && mains.has(e.tid) && e.dur !== undefined)
      byThread.set(e.tid, [...(byThread.get(e.tid) ?? []), e.dur / 1000])
  const sum = (list: number[]) => list.reduce((a, b) => a + b, 0)
  return [...byThread.values()].sort((a, b) => sum(b) - sum(a))[0] ?? []
}

export async function firstTouch(
  dist: string,
  pages: Record<string, string>,
  runs: number,
  log: (s: string) => void,
): Promise<Record<string, FirstTouch | PageError>> {
  const server = createAppServer({ dist })
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve))
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS })
  const report: Record<string, FirstTouch | PageError> = {}
  try {
    for (const [name, path] of Object.entries(pages)) {
      let best: FirstTouch | undefined
      let error = ''
      for (let run = 1; run <= runs; run++) {
        log(`first touch ${name} (run ${run}/${runs}) at ${SLOWDOWN}× CPU`)
        const context = await browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' })
        try {
          const page = await context.newPage()
          const cdp = await context.newCDPSession(page)
          await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOWDOWN })
          await page.goto(`${origin}${path}`, { waitUntil: 'load' })
          // The page settled, as a resident reads it before touching it.
          await page.waitForTimeout(1500)
          const events: TraceEvent[] = []
          cdp.on('Tracing.dataCollected', (d) => events.push(...(d.value as unknown as TraceEvent[])))
          const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve))
          await cdp.send('Tracing.start', {
            categories: 'toplevel,devtools.timeline,disabled-by-default-devtools.timeline',
            transferMode: 'ReportEvents',
          })
          await page.mouse.move(180, 400)
          await page.waitForTimeout(WATCH_MS)
          await cdp.send('Tracing.end')
          await complete
          const tasks = mainThreadTasks(events)
          const long = tasks.filter((d) => d > LONG)
          const measured: FirstTouch = {
            url: path,
            longestTaskMs: Math.round(Math.max(0, ...tasks)),
            longTasks: long.length,
            blockingMs: Math.round(long.reduce((n, d) => n + d - LONG, 0)),
            tookOver: await page.evaluate(() => '_vnode' in (document.getElementById('app') ?? {})),
            runs: 1,
          }
          log(`first touch ${name}: longest task ${measured.longestTaskMs} ms, blocking ${measured.blockingMs} ms`)
          if (!best || measured.longestTaskMs < best.longestTaskMs) best = measured
        } catch (e) {
          error = (e as Error).message.split('\n')[0] ?? String(e)
          log(`first touch ${name}: ${error}`)
        } finally {
          await context.close()
        }
      }
      report[name] = best ? { ...best, runs } : { url: path, error }
    }
  } finally {
    await browser.close()
    await stopServer(server)
  }
  return report
}
