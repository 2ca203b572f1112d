// npm run --silent bench:server [-- --json] [-- --duration S] [-- --connections N]: the production
// server under load, on the built app in dist/: the waits feed at night and in office hours, the first
// page, the largest script and a result drawn on the server, as brotli. Progress goes to stderr; with --json, stdout holds one JSON
// document. Exit 2 when there is no build.
import { existsSync, readdirSync, statSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { join } from 'node:path'

import { load, type LoadResult, type LoadRun, type LoadSettings, startServer } from './bench-server/load'
import { meetsTarget, printTable, type ServerBenchReport, TARGET } from './bench-server/report'
import { ROOT } from './lib/catalog-files'

const args = process.argv.slice(2)
const option = (name: string, fallback: number) => Number(args[args.indexOf(name) + 1]) || fallback
const json = args.includes('--json')
const settings: LoadSettings = {
  connections: option('--connections', 200),
  durationS: option('--duration', 10),
  warmUpS: 2,
}
const DIST = join(ROOT, 'dist')

// A Wednesday in November: no holiday, no moving season. 03:00 every office is closed (the document
// is small); 10:15 every counter is open in the morning rush (the document is at its largest).
const NIGHT = '2026-11-18T03:00:00+09:00'
const OFFICE_HOURS = '2026-11-18T10:15:00+09:00'

const FAMILY_RESULT =
  '/result?ages=0,4,33,35&card=yes&date=2026-12-21&events=move-in&from=other-city&insurance=kokuho&nationality=japan'

const started = performance.now()
const log = (line: string) =>
  process.stderr.write(`[bench:server ${((performance.now() - started) / 1000).toFixed(0).padStart(3)}s] ${line}\n`)

function largestScript(): string {
  const assets = join(DIST, 'assets')
  const scripts = readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .map((f) => ({ f, size: statSync(join(assets, f)).size }))
  const largest = scripts.sort((a, b) => b.size - a.size)[0]
  if (!largest) throw new Error('no script in dist/assets')
  return `/assets/${largest.f}`
}

async function main(): Promise<ServerBenchReport> {
  const loadAverage = Math.round((loadavg()[0] ?? 0) * 100) / 100
  const plan: Record<string, LoadRun> = {
    waitsNight: { path: '/api/waits.json', clock: NIGHT },
    waitsOfficeHours: { path: '/api/waits.json', clock: OFFICE_HOURS },
    home: { path: '/', clock: OFFICE_HOURS, acceptEncoding: 'br' },
    largestScript: { path: largestScript(), clock: OFFICE_HOURS, acceptEncoding: 'br' },
    // A result the server draws (once per address and day, then kept): the family example.
    result: { path: FAMILY_RESULT, clock: OFFICE_HOURS, acceptEncoding: 'br' },
  }
  const runs: Record<string, LoadResult> = {}
  for (const clock of new Set(Object.values(plan).map((p) => p.clock))) {
    const server = await startServer(clock)
    try {
      for (const [name, run] of Object.entries(plan).filter(([, p]) => p.clock === clock)) {
        log(
          `${name}: ${run.path} at ${settings.connections} connections for ${settings.durationS} s (waits clock ${clock})`,
        )
        runs[name] = await load(server.base, run, settings)
      }
    } finally {
      server.stop()
    }
  }
  const office = runs.waitsOfficeHours
  return {
    version: 1,
    date: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    loadAverage,
    runs,
    target: { ...TARGET, run: 'waitsOfficeHours', met: office ? meetsTarget(office) : false },
    durationS: Math.round((performance.now() - started) / 1000),
  }
}

if (!existsSync(join(DIST, 'index.html'))) {
  process.stderr.write(`bench:server: no built app in ${DIST}; run "npm run build" first.\n`)
  process.exit(2)
}
main().then(
  (report) => {
    if (json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`)
    else printTable(report)
  },
  (e: unknown) => {
    process.stderr.write(`bench:server: ${(e as Error).stack ?? String(e)}\n`)
    process.exit(1)
  },
)
