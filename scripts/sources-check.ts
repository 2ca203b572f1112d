// npm run --silent sources:check [-- --json] [-- --update [url…]]: fetches every page the catalog cites,
// compares its normalised text with the hash recorded in catalog/sources.lock.yaml, and lists the pages
// that changed with the items resting on them. Exit 0 all unchanged, 1 some changed, new or failed,
// 2 when most pages could not be fetched (then nothing is called unchanged). See docs/source-drift.md.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'

import { CATALOG_DIR, readCatalogFiles, ROOT } from './lib/catalog-files'
import { citedPages } from './lib/sources/cited'
import { compareSources, updateLock } from './lib/sources/compare'
import { fetchPages } from './lib/sources/fetch'
import { parseLock, serialiseLock, type SourcesLock } from './lib/sources/lock'
import { formatReport } from './lib/sources/report'

const args = process.argv.slice(2)
const json = args.includes('--json')
const update = args.includes('--update')
const only = args.filter((a) => !a.startsWith('--'))
const lockPath = join(CATALOG_DIR, 'sources.lock.yaml')

const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' }).format(new Date())

let lock: SourcesLock = {}
try {
  if (existsSync(lockPath)) lock = parseLock(readFileSync(lockPath, 'utf8'))
} catch (error) {
  console.error(`sources:check: ${(error as Error).message}`)
  process.exit(2)
}

const pages = citedPages(readCatalogFiles().files)
const unknown = only.filter((url) => !pages.some((p) => p.url === url))
if (unknown.length) {
  console.error(`sources:check: not cited by the catalog: ${unknown.join(', ')}`)
  process.exit(2)
}
const fetched = await fetchPages(
  pages.map((p) => p.url),
  { timeoutMs: Number(process.env.SOURCES_TIMEOUT_MS) || 15_000 },
)
const report = compareSources(pages, lock, fetched, today)

if (json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`)
else process.stdout.write(formatReport(report))

if (update) {
  const next = updateLock(lock, report, fetched, only)
  writeFileSync(lockPath, serialiseLock(next.lock))
  const where = relative(ROOT, lockPath) || lockPath
  const note =
    `sources:check: recorded ${next.recorded.length} page(s) in ${where}` +
    (next.forgotten.length ? `, forgot ${next.forgotten.length} no longer cited` : '') +
    (report.counts.failed ? `; ${report.counts.failed} could not be fetched and keep what they had` : '')
  // stderr, so that --json output stays one document.
  console.error(note)
}
process.exit(report.exitCode)
