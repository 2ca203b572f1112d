import { runSearch } from './lib/search-cli'

const { code, out, err } = runSearch(process.argv.slice(2))
process.stdout.write(out)
process.stderr.write(err)
process.exitCode = code
