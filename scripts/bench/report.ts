// The bench's JSON document, and the table printed without --json.
import type { SearchTiming } from './domain'
import type { FirstTouch } from './first-touch'
import type { LighthouseReport, PageError } from './lighthouse'

export interface BenchReport {
  version: 1
  date: string
  node: string
  cpus: number
  firstRouteJsGzipKB: number
  baselineJsGzipKB: number
  ratio: number
  criticalHtmlCssGzipKB: number
  precacheKB: number | null
  precacheEntries: number | null
  lighthouse: LighthouseReport
  /** Main-thread tasks after the first touch on each drawn page, CPU slowed 4× (best run: lowest longest task). */
  firstTouch: Record<string, FirstTouch | PageError>
  navigator: {
    real: { procedures: number; medianMs: number }
    synthetic: { procedures: number; medianMs: number }
    ratio: number
  }
  search: {
    real: { procedures: number } & SearchTiming
    synthetic: { procedures: number } & SearchTiming
    ratio: number
  }
  details: {
    firstRouteJs: { file: string; gzipKB: number }[]
    baselineJs: { file: string; gzipKB: number }[]
    criticalHtmlCss: { file: string; gzipKB: number }[]
    precacheGzipKB: number | null
    answersSets: number
  }
  durationS: number
}

function rows(lines: [string, string][]): string {
  const width = Math.max(...lines.map(([k]) => k.length))
  return lines.map(([k, v]) => `  ${k.padEnd(width)}  ${v}`).join('\n')
}

/** Lighthouse could not start at all (a page's own failure is under its name). */
const notRun = (lh: LighthouseReport): lh is { error: string } => typeof lh.error === 'string'

export function printTable(r: BenchReport) {
  const lh = r.lighthouse
  const lighthouse: [string, string][] = notRun(lh)
    ? [['lighthouse', `could not run: ${lh.error}`]]
    : Object.entries(lh).map(([name, p]) => [
        `${name} ${p.url.length > 24 ? `${p.url.slice(0, 24)}…` : p.url}`,
        'error' in p
          ? `could not run: ${p.error}`
          : `perf ${p.performance}  a11y ${p.accessibility}  best-practices ${p.bestPractices}  LCP ${p.lcpMs} ms  CLS ${p.cls}  TBT ${p.tbtMs} ms  JS ${p.scriptKB} KB  main thread ${p.mainThreadMs} ms  (${p.runs === 1 ? 'one run' : `best of ${p.runs}`})`,
      ])
  const out = [
    `bench ${r.date}  node ${r.node}  ${r.cpus} CPUs  ${r.durationS} s`,
    '',
    'Sizes (gzip -9)',
    rows([
      ['first route JS', `${r.firstRouteJsGzipKB} KB in ${r.details.firstRouteJs.length} files`],
      ['hello-app baseline JS', `${r.baselineJsGzipKB} KB`],
      ['ratio', `${r.ratio}×`],
      ['critical HTML + CSS', `${r.criticalHtmlCssGzipKB} KB`],
      [
        'precache',
        r.precacheKB === null
          ? 'no service worker in this build (vite-plugin-pwa not configured)'
          : `${r.precacheKB} KB raw (${r.details.precacheGzipKB} KB gzip) in ${r.precacheEntries} entries`,
      ],
    ]),
    '',
    'Lighthouse (mobile preset)',
    rows(lighthouse),
    '',
    'First touch on the drawn page (4× slower CPU; tasks in the 6 s after a first pointer move)',
    rows(
      Object.entries(r.firstTouch).map(([name, t]) => [
        name,
        'error' in t
          ? `could not run: ${t.error}`
          : `longest task ${t.longestTaskMs} ms  tasks over 50 ms: ${t.longTasks}  blocking ${t.blockingMs} ms${t.tookOver ? '' : '  (the app did not take the page over!)'}  (best of ${t.runs})`,
      ]),
    ),
    '',
    `Navigator: median ms per result over ${r.details.answersSets} answer sets`,
    rows([
      [`real catalog (${r.navigator.real.procedures} procedures)`, `${r.navigator.real.medianMs} ms`],
      [`generated (${r.navigator.synthetic.procedures} procedures)`, `${r.navigator.synthetic.medianMs} ms`],
      ['ratio', `${r.navigator.ratio}×`],
    ]),
    '',
    'Search: index build, median ms per query',
    rows([
      [
        `real catalog (${r.search.real.entries} entries)`,
        `build ${r.search.real.buildMs} ms (first ${r.search.real.firstBuildMs} ms)  query ${r.search.real.queryMs} ms`,
      ],
      [
        `generated (${r.search.synthetic.entries} entries)`,
        `build ${r.search.synthetic.buildMs} ms  query ${r.search.synthetic.queryMs} ms`,
      ],
      ['query ratio', `${r.search.ratio}×`],
    ]),
  ]
  process.stdout.write(`${out.join('\n')}\n`)
}
