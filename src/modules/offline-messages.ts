import { MESSAGES_CACHE } from './caches'

/**
 * Keeps a language's screen messages, just loaded from `url`, for offline use: the service worker precaches only the
 * Japanese, and answers the others from this cache (decision 0021). The page puts it there itself, since on a first
 * visit no worker is in between yet. The copy an earlier version of the app loaded for the same language is dropped.
 */
export async function keepMessages(code: string, url: string, storage: CacheStorage | undefined): Promise<void> {
  if (!storage || !/^https?:/.test(url)) return
  const cache = await storage.open(MESSAGES_CACHE)
  const path = new URL(url).pathname
  const sameLanguage = `${path.slice(0, path.lastIndexOf('/') + 1)}${code}.`
  for (const request of await cache.keys()) {
    const other = new URL(request.url).pathname
    if (other !== path && other.startsWith(sameLanguage)) await cache.delete(request)
  }
  if (!(await cache.match(url))) await cache.add(url)
}
