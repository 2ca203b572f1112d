// npm run --silent navi -- '<answers>': the navigator's result as JSON (exit 0), or one line naming
// the bad key or value (exit 2). The app runs the very same navigator.
import { parseAnswers } from '../src/answers/encoding'
import { answerSchema } from '../src/catalog/answer-schema'
import { formatError } from '../src/catalog/validate'
import { navigate } from '../src/navigator/navigate'
import { loadCatalog } from './lib/catalog-files'

const query = process.argv[2] ?? ''
const { catalog, errors } = loadCatalog()
if (!catalog) {
  process.stderr.write(`catalog is broken: ${errors.map(formatError).join('; ')}\n`)
  process.exit(2)
}
const { answers, issues } = parseAnswers(query, answerSchema(catalog))
if (issues.length) {
  process.stderr.write(`navi: ${issues.map((i) => i.message).join('; ')}\n`)
  process.exit(2)
}
process.stdout.write(`${JSON.stringify(navigate(catalog, answers), null, 2)}\n`)
