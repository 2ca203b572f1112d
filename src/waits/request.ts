// One request to the feed, turned into one event for the reducer. It never throws: a network error, a
// refusal, a body too large to be a feed and an answer that never came are all answers the state knows.
import { retryAfterSeconds, type WaitsEvent } from './state'

export interface FeedResponse {
  readonly status: number
  readonly ok: boolean
  readonly headers: { get(name: string): string | null }
  text(): Promise<string>
}

/** The part of the platform's fetch the client uses. */
export type FeedFetch = (
  url: string,
  init: { headers: Record<string, string>; cache: 'no-cache'; signal: AbortSignal },
) => Promise<FeedResponse>

/** A feed document is a few kilobytes; anything this large is refused before it is parsed. */
export const MAX_DOCUMENT_CHARS = 1_000_000

export interface FeedAnswer {
  event: WaitsEvent
  /** The ETag of a 200, to be sent as If-None-Match once its document is shown. */
  etag?: string | null
}

/** Settles when the signal aborts even if the promise never does: a fetch that ignores its signal cannot stall polling. */
function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new Error('aborted', { cause: signal.reason }))
    if (signal.aborted) return onAbort()
    signal.addEventListener('abort', onAbort, { once: true })
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort))
  })
}

export async function requestFeed(
  fetch: FeedFetch,
  url: string,
  etag: string | null,
  signal: AbortSignal,
  at: Date,
): Promise<FeedAnswer> {
  const tooLarge: FeedAnswer = { event: { type: 'failed', at, reason: 'document too large' } }
  try {
    const response = await abortable(
      fetch(url, { headers: etag ? { 'If-None-Match': etag } : {}, cache: 'no-cache', signal }),
      signal,
    )
    if (response.status === 304) return { event: { type: 'not-modified', at } }
    if (!response.ok) {
      const retry = retryAfterSeconds(response.headers.get('Retry-After'), at)
      return { event: { type: 'failed', at, reason: `HTTP ${response.status}`, retryAfterSeconds: retry } }
    }
    // When the size is announced, a huge body is not even read.
    if (Number(response.headers.get('Content-Length')) > MAX_DOCUMENT_CHARS) return tooLarge
    const text = await abortable(response.text(), signal)
    if (text.length > MAX_DOCUMENT_CHARS) return tooLarge
    return { event: { type: 'received', json: JSON.parse(text), at }, etag: response.headers.get('ETag') }
  } catch (error) {
    // Never JSON.parse's message: it quotes the body.
    const reason = signal.aborted ? 'no answer in time' : error instanceof SyntaxError ? 'not JSON' : 'network error'
    return { event: { type: 'failed', at, reason } }
  }
}
