// Median time of pure functions over a set of inputs. Each input runs in rounds of enough calls to
// last a few milliseconds; its time is the fastest round's mean, which filters out other processes
// on a busy machine; the result is the median over the inputs. Two functions compared with each
// other (the real catalog and the generated one) take turns round by round, so that a burst of load
// from elsewhere cannot land on one of them only.

const ROUNDS = 9
const ROUND_MS = 4
/** Long enough for V8 to have optimised the code before anything is timed. */
const WARM_UP_MS = 100

function callsFor(run: () => unknown): number {
  const t = performance.now()
  run()
  const once = Math.max(performance.now() - t, 0.0005)
  return Math.min(5000, Math.max(1, Math.ceil(ROUND_MS / once)))
}

export function pairedMedianMs<T>(inputs: readonly T[], runs: readonly ((input: T) => unknown)[]): number[] {
  for (const run of runs) {
    const until = performance.now() + WARM_UP_MS
    do for (const input of inputs) run(input)
    while (performance.now() < until)
  }
  const times = runs.map(() => [] as number[])
  for (const input of inputs) {
    const calls = runs.map((run) => callsFor(() => run(input)))
    const best = runs.map(() => Infinity)
    for (let round = 0; round < ROUNDS; round++) {
      runs.forEach((run, k) => {
        const n = calls[k] ?? 1
        const t = performance.now()
        for (let i = 0; i < n; i++) run(input)
        best[k] = Math.min(best[k] ?? Infinity, (performance.now() - t) / n)
      })
    }
    best.forEach((b, k) => times[k]?.push(b))
  }
  return times.map(median)
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2
}

/** Milliseconds to three significant digits: more than the measurement can tell apart. */
export const ms = (value: number) => Number(value.toPrecision(3))
