// npm audit of the production dependencies: fails on any high or critical advisory. When the
// advisory service cannot be reached (an offline mirror), it says so plainly instead of passing silently.
import { spawnSync } from 'node:child_process'

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' })
/** The parts of `npm audit --json` read here. */
interface AuditReport {
  metadata?: { vulnerabilities?: Record<string, number> }
  error?: { summary?: string }
  message?: string
}
let report: AuditReport = {}
try {
  report = JSON.parse(run.stdout || '{}') as AuditReport
} catch {
  /* not JSON: handled below */
}

const counts = report.metadata?.vulnerabilities
if (!counts) {
  const why =
    report.message || report.error?.summary || run.stderr.split('\n').find((l) => l.includes('error')) || 'no answer'
  console.warn(`audit: NOT CHECKED — the advisory service could not be reached (${why.trim()}).`)
  process.exit(0)
}
const serious = (counts.high ?? 0) + (counts.critical ?? 0)
console.log(
  `audit: production dependencies — ${Object.entries(counts)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')}`,
)
if (serious > 0) {
  console.error(`audit: ${serious} high or critical advisories; run "npm audit --omit=dev" for details.`)
  process.exit(1)
}
