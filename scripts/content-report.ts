// npm run --silent content:report [-- --json]: counts from the validated catalog, and every error.
import { contentReport } from '../src/catalog/report'
import { formatError } from '../src/catalog/validate'
import { loadCatalog, readCatalogFiles } from './lib/catalog-files'

const json = process.argv.includes('--json')
const { catalog, errors } = loadCatalog()
const report = contentReport(catalog, errors, readCatalogFiles().files)
if (json) {
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`)
} else {
  for (const [key, value] of Object.entries(report)) {
    if (key !== 'errors' && typeof value !== 'object') console.log(`${key.padEnd(24)} ${value}`)
  }
  console.log(`${'planItems'.padEnd(24)} ${report.planItems.join(' ')}`)
  console.log(`${'scopes'.padEnd(24)} ward ${report.scopes.ward}, outside ${report.scopes.outside}`)
  console.log(
    `${'deadlinesWithConsequence'.padEnd(24)} ${report.deadlinesWithConsequence.count} of ${report.deadlinesWithConsequence.of}`,
  )
  for (const [event, n] of Object.entries(report.proceduresByEvent))
    console.log(`procedures for ${event.padEnd(16)} ${n}`)
  for (const [key, value] of Object.entries(report.missingText)) console.log(`missing ${key.padEnd(16)} ${value}`)
  for (const e of errors) console.log(`ERROR ${formatError(e)}`)
}
process.exit(errors.length ? 1 : 0)
