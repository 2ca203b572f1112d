// The reader's language is kept for offline use: stored once, an earlier version's copy of the same language
// dropped, the other languages left alone.
import { describe, expect, it } from 'vitest'

import { MESSAGES_CACHE } from '../../../src/modules/caches'
import { keepMessages } from '../../../src/modules/offline-messages'

/** A Cache Storage holding URLs only: what keepMessages reads and writes. */
function fakeCaches(initial: Record<string, string[]> = {}) {
  const stores = new Map(Object.entries(initial).map(([name, urls]) => [name, new Set(urls)]))
  const added: string[] = []
  const storage = {
    open: (name: string) => {
      const urls = stores.get(name) ?? new Set<string>()
      stores.set(name, urls)
      return Promise.resolve({
        keys: () => Promise.resolve([...urls].map((u) => new Request(u))),
        match: (url: string) => Promise.resolve(urls.has(url) ? new Response('') : undefined),
        delete: (request: Request) => Promise.resolve(urls.delete(request.url)),
        add: (url: string) => {
          added.push(url)
          urls.add(url)
          return Promise.resolve()
        },
      })
    },
  } as unknown as CacheStorage
  return { storage, added, urls: (name: string) => [...(stores.get(name) ?? [])].sort() }
}

const at = (file: string) => `https://navi.example/assets/messages/${file}`

describe('keepMessages', () => {
  it('stores the language just loaded in the cache the service worker answers from', async () => {
    const { storage, urls } = fakeCaches()
    await keepMessages('en', at('en.AAA.js'), storage)
    expect(urls(MESSAGES_CACHE)).toEqual([at('en.AAA.js')])
  })

  it('drops the copy an earlier version kept for the same language, and keeps the other languages', async () => {
    const { storage, urls } = fakeCaches({
      [MESSAGES_CACHE]: [at('en.OLD.js'), at('vi.OLD.js'), at('zh-Hans.OLD.js'), at('zh-Hant.OLD.js')],
    })
    await keepMessages('zh-Hant', at('zh-Hant.NEW.js'), storage)
    expect(urls(MESSAGES_CACHE)).toEqual([at('en.OLD.js'), at('vi.OLD.js'), at('zh-Hans.OLD.js'), at('zh-Hant.NEW.js')])
  })

  it('a language already kept is not fetched again', async () => {
    const { storage, added } = fakeCaches({ [MESSAGES_CACHE]: [at('en.AAA.js')] })
    await keepMessages('en', at('en.AAA.js'), storage)
    expect(added).toEqual([])
  })

  it('does nothing without a Cache API or for an address that is not a page’s (the server build, tests)', async () => {
    await expect(keepMessages('en', at('en.AAA.js'), undefined)).resolves.toBeUndefined()
    const { storage, added } = fakeCaches()
    await keepMessages('en', 'file:///app/dist/.ssr/en.js', storage)
    expect(added).toEqual([])
  })
})
