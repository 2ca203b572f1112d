import 'fake-indexeddb/auto'

import { IDBFactory } from 'fake-indexeddb'
import { describe, expect, it } from 'vitest'

import { deviceWaitsStore, WAITS_DB_NAME, WaitsDatabase } from '../../../src/waits/db'
import { lazyWaitsStore, memoryWaitsStore, type WaitsStore } from '../../../src/waits/store'
import { everyOfficeOpen } from './fixtures'

const doc = everyOfficeOpen('2026-11-24T10:15:00+09:00')

describe('the device store', () => {
  it('keeps the last good document in its own database, not the plans database', async () => {
    const indexedDB = new IDBFactory()
    const store = await deviceWaitsStore(new WaitsDatabase(undefined, { indexedDB, IDBKeyRange }))
    await store.save(doc, 1_000)
    await store.save(doc, 2_000)
    expect(await store.load()).toEqual({ document: doc, fetchedAt: 2_000 })
    expect((await indexedDB.databases()).map((d) => d.name)).toEqual([WAITS_DB_NAME])
    // A second page load reads what the first one kept.
    const again = await deviceWaitsStore(new WaitsDatabase(undefined, { indexedDB, IDBKeyRange }))
    expect(await again.load()).toEqual({ document: doc, fetchedAt: 2_000 })
  })

  it('has nothing to restore when nothing was kept, or the row has no time', async () => {
    const db = new WaitsDatabase(undefined, { indexedDB: new IDBFactory(), IDBKeyRange })
    const store = await deviceWaitsStore(db)
    expect(await store.load()).toBeNull()
    await db.saved.put({ key: 'last-good', document: doc, fetchedAt: 'yesterday' as unknown as number })
    expect(await store.load()).toBeNull()
  })
})

describe('the memory store', () => {
  it('keeps the document for this page, and writes nothing to IndexedDB', async () => {
    const store = memoryWaitsStore()
    expect(await store.load()).toBeNull()
    await store.save(doc, 1_000)
    expect(await store.load()).toEqual({ document: doc, fetchedAt: 1_000 })
    expect(await globalThis.indexedDB.databases()).toEqual([])
  })
})

describe('a store opened on first use', () => {
  it('opens once, however often it is used', async () => {
    let opens = 0
    const store = lazyWaitsStore(() => {
      opens += 1
      return Promise.resolve(memoryWaitsStore())
    })
    expect(opens).toBe(0)
    await Promise.all([store.load(), store.save(doc, 1_000), store.load()])
    expect(await store.load()).toEqual({ document: doc, fetchedAt: 1_000 })
    expect(opens).toBe(1)
  })

  it('keeps nothing, and fails nothing, when storage cannot be opened', async () => {
    let opens = 0
    const store: WaitsStore = lazyWaitsStore(() => {
      opens += 1
      return Promise.reject(new Error('QuotaExceededError'))
    })
    await expect(store.save(doc, 1_000)).resolves.toBeUndefined()
    await expect(store.load()).resolves.toBeNull()
    expect(opens).toBe(1)
  })
})
