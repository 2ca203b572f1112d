// Fetches the cited pages politely: a few at a time, each with its own time limit, saying who asks,
// following redirects and saying where they led.
import { pageFingerprint } from './normalise'

export type Fetched =
  | { url: string; ok: true; status: number; finalUrl: string | null; sha256: string; chars: number | null }
  | {
      url: string
      ok: false
      status: number | null
      finalUrl: string | null
      reason: 'http' | 'timeout' | 'network'
      detail: string
    }

export interface FetchOptions {
  timeoutMs?: number
  concurrency?: number
  userAgent?: string
  fetch?: typeof fetch
}

export const USER_AGENT =
  'KitaTetsuzukiNavi-SourcesCheck/1.0 (content editors checking the pages the catalog cites; each page once per run)'

function failure(url: string, error: unknown): Fetched {
  const e = error as { name?: string; message?: string; cause?: { code?: string; message?: string } }
  if (e.name === 'TimeoutError' || e.name === 'AbortError')
    return { url, ok: false, status: null, finalUrl: null, reason: 'timeout', detail: 'no answer in time' }
  return {
    url,
    ok: false,
    status: null,
    finalUrl: null,
    reason: 'network',
    detail: e.cause?.code ?? e.cause?.message ?? e.message ?? String(error),
  }
}

export async function fetchPage(url: string, options: FetchOptions = {}): Promise<Fetched> {
  const get = options.fetch ?? fetch
  try {
    const res = await get(url, {
      redirect: 'follow',
      signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
      headers: {
        'user-agent': options.userAgent ?? USER_AGENT,
        'accept-language': 'ja,en;q=0.5',
        accept: 'text/html,application/xhtml+xml,*/*;q=0.8',
      },
    })
    const finalUrl = res.redirected && res.url !== url ? res.url : null
    // The body is read inside the time limit too: a server that sends headers and stalls is no answer.
    const body = new Uint8Array(await res.arrayBuffer())
    if (!res.ok) return { url, ok: false, status: res.status, finalUrl, reason: 'http', detail: `HTTP ${res.status}` }
    return { url, ok: true, status: res.status, finalUrl, ...pageFingerprint(res.headers.get('content-type'), body) }
  } catch (error) {
    return failure(url, error)
  }
}

/** Every page, in the order given, with at most `concurrency` requests open at once. */
export async function fetchPages(urls: string[], options: FetchOptions = {}): Promise<Fetched[]> {
  const results = new Array<Fetched>(urls.length)
  let next = 0
  const worker = async () => {
    while (next < urls.length) {
      const i = next++
      results[i] = await fetchPage(urls[i]!, options)
    }
  }
  await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 4, urls.length) }, worker))
  return results
}
