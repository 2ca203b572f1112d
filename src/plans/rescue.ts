// When the plans database cannot be opened as this version knows it (made by a newer version, an
// upgrade that failed, files the browser reports broken), the resident can still take away what is
// readable and then start again. Raw IndexedDB, not Dexie: Dexie's open is what failed.
import { DB_NAME } from './db'

export const EXPORT_FORMAT = 'kita-tetsuzuki-navi/plans'

/** The plans file `importAll` reads back (on this device after a fresh start, or on another). */
export function exportDocument(plans: readonly unknown[], at: number): string {
  return JSON.stringify({ format: EXPORT_FORMAT, version: 1, exported: new Date(at).toISOString(), plans }, null, 2)
}

const done = <T>(request: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error ?? new Error('indexedDB request failed'))
  })

/**
 * Every saved plan row the browser can still hand over, as stored (the import checks each one).
 * Opens whatever version is on disk; a database that does not exist is not created.
 */
export async function readablePlans(idb: IDBFactory = indexedDB, name = DB_NAME): Promise<unknown[]> {
  const db = await new Promise<IDBDatabase | null>((resolve, reject) => {
    const request = idb.open(name)
    // Asked to create it: there was none. Aborting leaves nothing behind.
    request.onupgradeneeded = () => request.transaction?.abort()
    request.onsuccess = () => resolve(request.result)
    request.onerror = () =>
      request.error?.name === 'AbortError' ? resolve(null) : reject(request.error ?? new Error('indexedDB open failed'))
  })
  if (!db) return []
  try {
    if (!db.objectStoreNames.contains('plans')) return []
    const rows = await done(db.transaction('plans', 'readonly').objectStore('plans').getAll())
    return rows.filter((row): row is object => typeof row === 'object' && row !== null)
  } finally {
    db.close()
  }
}

/** Removes the database; the next open starts empty. Refused while another tab keeps it open. */
export function deleteDatabase(idb: IDBFactory = indexedDB, name = DB_NAME): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = idb.deleteDatabase(name)
    request.onsuccess = () => resolve()
    request.onerror = () => reject(request.error ?? new Error('indexedDB delete failed'))
    request.onblocked = () =>
      reject(Object.assign(new Error('another tab keeps the database open'), { name: 'BlockedError' }))
  })
}
