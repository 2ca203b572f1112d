// npm run checks [-- script …]: lint, type-check, the translation check and the unit and component tests (or the
// npm scripts named) at the same time, each one's output printed whole when it ends, failing if any fails.
// npm test runs the browser tests beside them: those spend most of their time waiting on a page, leaving a core
// idle that lint and type-check (a core's work for a minute or more each) can use — run one after the other,
// CI's two cores sat half idle for the five minutes of browser tests.
import { spawn } from 'node:child_process'

const named = process.argv.slice(2)
const CHECKS = named.length ? named : ['lint', 'typecheck', 'i18n:check', 'test:unit']

function run(script: string): Promise<{ script: string; code: number; output: string; seconds: number }> {
  const started = performance.now()
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (d: Buffer) => (output += d.toString()))
    child.stderr.on('data', (d: Buffer) => (output += d.toString()))
    child.on('close', (code) =>
      resolve({ script, code: code ?? 1, output, seconds: (performance.now() - started) / 1000 }),
    )
  })
}

const results = await Promise.all(
  CHECKS.map((script) =>
    run(script).then((r) => {
      process.stdout.write(
        `\n> ${r.script}: ${r.code === 0 ? 'ok' : `failed (exit ${r.code})`} in ${r.seconds.toFixed(0)} s\n`,
      )
      if (r.output.trim()) process.stdout.write(`${r.output.trimEnd()}\n`)
      return r
    }),
  ),
)
const failed = results.filter((r) => r.code !== 0).map((r) => r.script)
if (failed.length) {
  process.stderr.write(`\nchecks failed: ${failed.join(', ')}\n`)
  process.exit(1)
}
