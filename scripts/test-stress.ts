// npm run test:stress [-- --busy N] [-- --script test:unit]: the test command on a machine that is busy with
// something else, as a shared CI runner is. N child processes (default 1) each keep a core spinning while
// `npm test` (or the named script) runs; then the elapsed time and the result are printed. A suite that passes
// here has no test that only passes when the machine is idle.
import { type ChildProcess, spawn } from 'node:child_process'
import { availableParallelism, loadavg } from 'node:os'

const args = process.argv.slice(2)
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined)
const busy = Number(option('--busy') ?? 1)
const script = option('--script') ?? 'test'
if (!Number.isInteger(busy) || busy < 0) {
  console.error('test:stress: --busy takes a whole number of cores to keep busy (0 or more)')
  process.exit(2)
}

const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')
const spinners: ChildProcess[] = Array.from({ length: busy }, () =>
  spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }),
)
const stopSpinners = () => {
  for (const spinner of spinners) spinner.kill('SIGKILL')
}
process.on('SIGINT', () => {
  stopSpinners()
  process.exit(130)
})

const cores = availableParallelism()
console.error(
  `test:stress: npm run ${script} with ${busy} busy process(es) beside it on ${cores} core(s), load ${load()}`,
)
const started = performance.now()
const run = spawn('npm', ['run', script], { stdio: 'inherit' })
run.on('close', (code, signal) => {
  stopSpinners()
  const seconds = ((performance.now() - started) / 1000).toFixed(0)
  const result = code === 0 ? 'passed' : `FAILED (${signal ?? `exit ${code}`})`
  console.log(
    `test:stress: npm run ${script} ${result} in ${seconds} s with ${busy} busy process(es) on ${cores} core(s); load after: ${load()}`,
  )
  process.exit(code ?? 1)
})
