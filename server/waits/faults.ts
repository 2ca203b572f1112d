// Ways to make the simulated feed misbehave, so the client's handling of each can be tested end to end.
// The server reads them from the query string only when started with faults enabled.
import { parseRfc3339 } from '../../src/waits/rfc3339'

export interface WaitsFaults {
  /** Answer this many ms late (at most 30 s). */
  slowMs?: number
  /** Answer 503 (or 429) with Retry-After instead of a document. */
  unavailable?: { status: 503 | 429; retryAfterSeconds: number }
  /** Answer with a document whose top level breaks the contract (string version, no offset). */
  invalid?: boolean
  /** The ticket system's clock stopped here: generatedAt and the numbers stay at this instant. */
  stuckAt?: Date
}

export const MAX_SLOW_MS = 30_000

/** ?slow=2000  ?status=503&retryAfter=30  ?invalid=1  ?stuck=2026-11-24T10:15:00+09:00 */
export function faultsFromQuery(query: URLSearchParams): WaitsFaults {
  const faults: WaitsFaults = {}
  const slow = Number(query.get('slow'))
  if (slow > 0) faults.slowMs = Math.min(MAX_SLOW_MS, slow)
  const status = query.get('status')
  if (status === '503' || status === '429') {
    const retry = Number(query.get('retryAfter') ?? 30)
    faults.unavailable = {
      status: Number(status) as 503 | 429,
      retryAfterSeconds: Number.isInteger(retry) && retry >= 0 ? retry : 30,
    }
  }
  if (query.has('invalid')) faults.invalid = true
  const stuck = parseRfc3339(query.get('stuck') ?? '')
  if (stuck !== null) faults.stuckAt = new Date(stuck)
  return faults
}
