// npm run --silent waits:check -- <file>: checks a waits feed document against the contract with the
// app's own validator. Prints {"valid":bool,"errors":[...]}; exit 0 valid (even with dropped entries),
// 1 invalid, 2 when the file cannot be read.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

import { validateFeed } from '../src/waits/feed'

const file = process.argv[2]
if (!file) {
  console.error('usage: npm run --silent waits:check -- <feed.json>')
  process.exit(2)
}

let text: string
try {
  // npm runs scripts from the package root; INIT_CWD is where the command was typed.
  text = readFileSync(resolve(process.env.INIT_CWD ?? process.cwd(), file), 'utf8')
} catch (error) {
  console.error(
    `waits:check: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
  )
  process.exit(2)
}

let json: unknown
try {
  json = JSON.parse(text)
} catch (error) {
  console.log(JSON.stringify({ valid: false, errors: [`document: not JSON (${(error as Error).message})`] }))
  process.exit(1)
}

const { document, errors } = validateFeed(json, new Date())
console.log(JSON.stringify({ valid: document !== null, errors }))
process.exit(document ? 0 : 1)
