// A feed for the client's tests: answers as the test says, records every request, and counts requests
// that overlap. Time comes from vitest's fake timers, so nothing here depends on the machine's speed.
import type { FeedFetch, FeedResponse } from '../../../src/waits/client'

export type Reply =
  | { status: number; body?: string; headers?: Record<string, string> }
  /** Never answers, and ignores its abort signal too. */
  | 'hang'
  | 'network-error'

export interface FeedCall {
  at: number
  headers: Record<string, string>
  signal: AbortSignal
  settled: boolean
}

export const json = (document: unknown, headers: Record<string, string> = {}): Reply => ({
  status: 200,
  body: JSON.stringify(document),
  headers,
})

export function fakeFeed(reply: (n: number) => Reply) {
  const calls: FeedCall[] = []
  let overlaps = 0
  let bodiesRead = 0
  const fetch: FeedFetch = async (_url, init) => {
    if (calls.some((c) => !c.settled && !c.signal.aborted)) overlaps += 1
    const call: FeedCall = { at: Date.now(), headers: init.headers, signal: init.signal, settled: false }
    calls.push(call)
    const answer = reply(calls.length)
    if (answer === 'hang') return new Promise<FeedResponse>(() => undefined)
    call.settled = true
    if (answer === 'network-error') throw new TypeError('Failed to fetch')
    const { status, body = '', headers = {} } = answer
    return {
      status,
      ok: status >= 200 && status < 300,
      headers: new Headers(headers),
      text: () => {
        bodiesRead += 1
        return Promise.resolve(body)
      },
    }
  }
  return {
    fetch,
    calls,
    /** Requests sent while an earlier one was neither answered nor aborted. */
    overlaps: () => overlaps,
    bodiesRead: () => bodiesRead,
    /** Seconds between successive requests. */
    gaps: () => calls.slice(1).map((c, i) => (c.at - calls[i]!.at) / 1000),
  }
}
