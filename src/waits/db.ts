// The waits' own small database. It holds a cache (the last good feed document), not anything a resident
// made, so it stays apart from the plans database: no plans migration waits on it, and clearing it loses nothing.
import Dexie, { type EntityTable } from 'dexie'

import type { WaitsStore } from './store'

export const WAITS_DB_NAME = 'kita-tetsuzuki-navi-waits'
const LAST_GOOD = 'last-good'

interface SavedRow {
  key: string
  document: unknown
  fetchedAt: number
}

export class WaitsDatabase extends Dexie {
  saved!: EntityTable<SavedRow, 'key'>

  constructor(name = WAITS_DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options)
    this.version(1).stores({ saved: 'key' })
  }
}

/** Opens the database; a storage fault rejects here, and the caller keeps nothing (store.ts, lazyWaitsStore). */
export async function deviceWaitsStore(db = new WaitsDatabase()): Promise<WaitsStore> {
  await db.open()
  return {
    async load() {
      const row = await db.saved.get(LAST_GOOD)
      // Written by an older or damaged copy of the app: no time, no use.
      return row && Number.isFinite(row.fetchedAt) ? { document: row.document, fetchedAt: row.fetchedAt } : null
    },
    async save(document, fetchedAt) {
      await db.saved.put({ key: LAST_GOOD, document, fetchedAt })
    },
  }
}
