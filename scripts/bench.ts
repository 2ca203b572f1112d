// npm run --silent bench [-- --json] [-- --runs N] [-- --keep]: sizes, Lighthouse and the domain's speed
// in one run. Progress goes to stderr; with --json, stdout holds exactly one JSON document.
import { mkdirSync, rmSync } from 'node:fs'
import { cpus } from 'node:os'
import { join } from 'node:path'

import { formatError } from '../src/catalog/validate'
import { criticalHtmlCss, firstRouteJs, precache } from './bench/assets'
import { buildApp, buildBaseline } from './bench/build'
import { navigatorMs, parsedAnswers, type SearchTiming, searchTiming } from './bench/domain'
import { firstTouch } from './bench/first-touch'
import { runLighthouse } from './bench/lighthouse'
import { type BenchReport, printTable } from './bench/report'
import { syntheticCatalog } from './bench/synthetic'
import { loadCatalog, ROOT } from './lib/catalog-files'

const args = process.argv.slice(2)
const json = args.includes('--json')
const keep = args.includes('--keep')
const runs = Number(args[args.indexOf('--runs') + 1]) || 3
const SYNTHETIC_PROCEDURES = 1700
const PAGES = {
  home: '/',
  // The result work's family example: four people moving in from another ward.
  result:
    '/result?ages=0,4,33,35&card=yes&date=2026-12-21&events=move-in&from=other-city&insurance=kokuho&nationality=japan',
}

const started = performance.now()
const log = (line: string) =>
  process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(3)}s] ${line}\n`)
const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100

async function main(): Promise<BenchReport> {
  const { catalog, errors } = loadCatalog()
  if (!catalog) throw new Error(`the catalog is broken: ${errors.map(formatError).join('; ')}`)
  // Inside the project (and .gitignore'd) so that the hello app resolves vue from node_modules.
  const work = join(ROOT, '.bench', `run-${process.pid}`)
  mkdirSync(work, { recursive: true })
  try {
    // The domain first, while nothing else runs in this process.
    const big = syntheticCatalog(catalog, SYNTHETIC_PROCEDURES)
    log(
      `search and navigator: the real catalog (${catalog.procedures.length} procedures) and a generated one (${big.procedures.length})`,
    )
    const [searchReal, searchBig] = searchTiming([catalog, big]) as [SearchTiming, SearchTiming]
    const [navReal = NaN, navBig = NaN] = navigatorMs([catalog, big], log)

    const dist = join(work, 'app')
    log('building the app (vite build --configLoader runner)')
    await buildApp(dist)
    log('building the vue + vue-router + pinia + vue-i18n hello app')
    const baselineDist = await buildBaseline(join(work, 'baseline'))

    const first = firstRouteJs(dist)
    const baseline = firstRouteJs(baselineDist)
    const critical = criticalHtmlCss(dist)
    const cache = precache(dist)
    log(`lighthouse, ${runs === 1 ? 'one run' : `best of ${runs}`} per page`)
    const lighthouse = await runLighthouse(dist, PAGES, runs, log)
    const touch = await firstTouch(dist, PAGES, runs, log)

    return {
      version: 1,
      date: new Date().toISOString(),
      node: process.version,
      cpus: cpus().length,
      firstRouteJsGzipKB: first.gzipKB,
      baselineJsGzipKB: baseline.gzipKB,
      ratio: ratio(first.gzipKB, baseline.gzipKB),
      criticalHtmlCssGzipKB: critical.gzipKB,
      precacheKB: cache?.kb ?? null,
      precacheEntries: cache?.entries ?? null,
      lighthouse,
      firstTouch: touch,
      navigator: {
        real: { procedures: catalog.procedures.length, medianMs: navReal },
        synthetic: { procedures: big.procedures.length, medianMs: navBig },
        ratio: ratio(navBig, navReal),
      },
      search: {
        real: { procedures: catalog.procedures.length, ...searchReal },
        synthetic: { procedures: big.procedures.length, ...searchBig },
        ratio: ratio(searchBig.queryMs, searchReal.queryMs),
      },
      details: {
        firstRouteJs: first.files,
        baselineJs: baseline.files,
        criticalHtmlCss: critical.files,
        precacheGzipKB: cache?.gzipKB ?? null,
        answersSets: parsedAnswers(catalog, () => {}).length,
      },
      durationS: Math.round((performance.now() - started) / 1000),
    }
  } finally {
    if (!keep) rmSync(work, { recursive: true, force: true })
    else log(`kept ${work}`)
  }
}

main().then(
  (report) => {
    log(`done in ${report.durationS}s`)
    if (json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`)
    else printTable(report)
  },
  (e: unknown) => {
    process.stderr.write(`bench: ${(e as Error).stack ?? String(e)}\n`)
    process.exit(1)
  },
)
