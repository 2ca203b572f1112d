// Where the last good document waits for the next page load. The client needs only these two calls, so a
// phone keeps it in its own small IndexedDB database (db.ts) and a shared kiosk keeps it in memory, leaving
// nothing behind on the device.
import type { WaitsDocument } from './feed'

export interface SavedWaits {
  /** As it was kept: restoring validates it again, like any answer from the feed. */
  document: unknown
  fetchedAt: number
}

export interface WaitsStore {
  load(): Promise<SavedWaits | null>
  save(document: WaitsDocument, fetchedAt: number): Promise<void>
}

/** For this page only: nothing is written to the device. */
export function memoryWaitsStore(): WaitsStore {
  let saved: SavedWaits | null = null
  return {
    load: () => Promise.resolve(saved),
    save: (document, fetchedAt) => {
      saved = { document, fetchedAt }
      return Promise.resolve()
    },
  }
}

/**
 * A store opened on first use, once, so its library loads after the first screen. One that cannot be
 * opened (private mode, storage turned off) keeps nothing: the numbers never depend on it.
 */
export function lazyWaitsStore(open: () => Promise<WaitsStore>): WaitsStore {
  let opened: Promise<WaitsStore | null> | undefined
  const store = () => (opened ??= open().catch(() => null))
  return {
    load: async () => (await store())?.load() ?? null,
    save: async (document, fetchedAt) => {
      await (await store())?.save(document, fetchedAt)
    },
  }
}
