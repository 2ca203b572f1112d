import 'fake-indexeddb/auto'

import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import { describe, expect, it } from 'vitest'

import { NaviDatabase } from '../../../src/plans/db'
import { PlanRepository, PlanStorageError } from '../../../src/plans/repository'
import { deleteDatabase, exportDocument, readablePlans } from '../../../src/plans/rescue'

const NAME = 'kita-tetsuzuki-navi'
const row = {
  id: 'p1',
  name: '引っ越し',
  answers: 'events=move-in',
  created: 1,
  updated: 2,
  done: ['tennyu'],
  docs: [],
  procedures: ['tennyu'],
  content: 'c1',
}

/** A database as a later version might leave it: plans keyed differently, a store this version never had. */
function laterDatabase(idb: IDBFactory): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = idb.open(NAME, 900)
    request.onupgradeneeded = () => {
      request.result.createObjectStore('plans', { keyPath: 'uid' }).add({ ...row, uid: 'u1' })
      request.result.createObjectStore('folders', { keyPath: 'id' })
    }
    request.onsuccess = () => {
      request.result.close()
      resolve()
    }
    request.onerror = () => reject(request.error ?? new Error('the older database could not be made'))
  })
}

describe('a database this version cannot open', () => {
  it('is reported as incompatible, its plans can still be exported, and a fresh start saves again', async () => {
    const idb = new IDBFactory()
    await laterDatabase(idb)
    const error = await PlanRepository.open(new NaviDatabase(NAME, { indexedDB: idb, IDBKeyRange })).catch(
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(PlanStorageError)
    expect((error as PlanStorageError).fault, String((error as PlanStorageError).cause)).toBe('incompatible')

    const readable = await readablePlans(idb, NAME)
    expect(readable).toEqual([{ ...row, uid: 'u1' }])
    const file = exportDocument(readable, Date.UTC(2026, 10, 25))

    await deleteDatabase(idb, NAME)
    const repo = await PlanRepository.open(new NaviDatabase(NAME, { indexedDB: idb, IDBKeyRange }))
    expect(await repo.importAll(file)).toEqual({ imported: 1, skipped: 0 })
    expect((await repo.list()).plans).toMatchObject([{ id: 'p1', name: '引っ越し', done: ['tennyu'] }])
  })

  it('reads nothing, and creates nothing, where there is no database', async () => {
    const idb = new IDBFactory()
    expect(await readablePlans(idb, NAME)).toEqual([])
    expect(await idb.databases()).toEqual([])
  })

  it('is not deleted while another tab keeps it open', async () => {
    const idb = new IDBFactory()
    const other = await PlanRepository.open(new NaviDatabase(NAME, { indexedDB: idb, IDBKeyRange }))
    // A tab that does not let go when asked (Dexie closes on versionchange by default).
    other.db.on('versionchange', () => false)
    const error = await deleteDatabase(idb, NAME).catch((e: unknown) => e)
    expect((error as Error).name).toBe('BlockedError')
    other.db.close()
  })
})
