// npm run checks: lint, type-check, the translation check and the unit and component tests at the same time —
// lint and type-check are each one core's work for a minute or more, so side by side with the tests they keep
// both of CI's cores busy — each one's output printed whole when it ends, failing if any fails.
import { spawn } from 'node:child_process'

const CHECKS = ['lint', 'typecheck', 'i18n:check', 'test:unit']

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
