// One load run: the server in a child process at a given waits clock, autocannon in this one.
import { type ChildProcess, fork } from 'node:child_process'
import { join } from 'node:path'

import autocannon from 'autocannon'

export interface LoadResult {
  path: string
  /** The waits simulator's clock when the run started (Asia/Tokyo). */
  clock: string
  acceptEncoding: string | null
  connections: number
  durationS: number
  requests: number
  reqPerSec: number
  p50Ms: number
  p99Ms: number
  errors: number
  timeouts: number
  /** Answers that were neither 2xx nor 304. */
  otherStatus: number
  statusCodes: Record<string, number>
  kbPerSec: number
}

export interface LoadRun {
  path: string
  clock: string
  acceptEncoding?: string
}

export interface LoadSettings {
  connections: number
  durationS: number
  warmUpS: number
}

export async function startServer(clock: string): Promise<{ base: string; stop: () => void }> {
  const child: ChildProcess = fork(join(import.meta.dirname, 'server-child.ts'), ['--clock', clock], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', process.stderr, 'inherit', 'ipc'],
  })
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (m) => resolve((m as { port: number }).port))
    child.once('exit', (code) => reject(new Error(`the server exited with ${code} before it listened`)))
  })
  return { base: `http://127.0.0.1:${port}`, stop: () => void child.kill() }
}

export async function load(base: string, run: LoadRun, settings: LoadSettings): Promise<LoadResult> {
  const headers = run.acceptEncoding ? { 'accept-encoding': run.acceptEncoding } : undefined
  // autocannon 9 takes a warm-up that its type package (still at 7) does not know.
  const options: autocannon.Options & { warmup: { connections: number; duration: number } } = {
    url: base + run.path,
    headers,
    connections: settings.connections,
    duration: settings.durationS,
    // JIT and first builds out of the way: the numbers are for a server that has been running.
    warmup: { connections: settings.connections, duration: settings.warmUpS },
  }
  const result = await autocannon(options)
  const statusCodes = Object.fromEntries(
    Object.entries(result.statusCodeStats ?? {}).map(([code, s]) => [code, s.count ?? 0]),
  )
  const otherStatus = Object.entries(statusCodes)
    .filter(([code]) => !code.startsWith('2') && code !== '304')
    .reduce((sum, [, n]) => sum + n, 0)
  return {
    path: run.path,
    clock: run.clock,
    acceptEncoding: run.acceptEncoding ?? null,
    connections: settings.connections,
    durationS: result.duration,
    requests: result.requests.total,
    reqPerSec: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    otherStatus,
    statusCodes,
    kbPerSec: Math.round(result.throughput.average / 1024),
  }
}
