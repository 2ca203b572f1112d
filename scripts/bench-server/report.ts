// The bench:server JSON document, and the table printed without --json.
import type { LoadResult } from './load'

/** What the review asked of the waits feed in office hours (2026-11-25): 200 polling residents at once. */
export const TARGET = { reqPerSec: 3000, p99Ms: 100, timeouts: 0 }

export interface ServerBenchReport {
  version: 1
  date: string
  node: string
  cpus: number
  /** 1-minute load average when the bench started: other work on the machine skews every number. */
  loadAverage: number
  runs: Record<string, LoadResult>
  target: typeof TARGET & { run: string; met: boolean }
  durationS: number
}

export function meetsTarget(r: LoadResult): boolean {
  return r.reqPerSec >= TARGET.reqPerSec && r.p99Ms <= TARGET.p99Ms && r.timeouts <= TARGET.timeouts
}

export function printTable(r: ServerBenchReport) {
  const head = ['run', 'path', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'timeouts', 'other status', 'KB/s']
  const rows = Object.entries(r.runs).map(([name, x]) => [
    name,
    x.path.length > 40 ? `${x.path.slice(0, 39)}…` : x.path,
    String(x.reqPerSec),
    String(x.p50Ms),
    String(x.p99Ms),
    String(x.errors),
    String(x.timeouts),
    String(x.otherStatus),
    String(x.kbPerSec),
  ])
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]?.length ?? 0)))
  const line = (cells: string[]) =>
    `  ${cells.map((c, i) => (i < 2 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ')}`
  const any = Object.values(r.runs)[0]
  const t = r.target
  process.stdout.write(
    [
      `bench:server ${r.date}  node ${r.node}  ${r.cpus} CPUs  load average ${r.loadAverage}  ${r.durationS} s`,
      `${any?.connections ?? '?'} connections, ${any?.durationS ?? '?'} s per run; waits clocks: ${Object.entries(
        r.runs,
      )
        .filter(([n]) => n.startsWith('waits'))
        .map(([n, x]) => `${n} ${x.clock}`)
        .join(', ')}`,
      '',
      line(head),
      ...rows.map(line),
      '',
      `target for ${t.run}: ≥ ${t.reqPerSec} req/s, p99 ≤ ${t.p99Ms} ms, ${t.timeouts} timeouts — ${t.met ? 'met' : 'missed'}`,
      '',
    ].join('\n'),
  )
}
