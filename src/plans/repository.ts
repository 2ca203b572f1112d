// Saved plans on the device. Every storage fault becomes a plain reason the screens can say
// ("saving is off because …"); a row that cannot be read is skipped alone, never taking others with it.
import * as v from 'valibot'

import { MAX_ANSWERS_LENGTH } from '../answers/limits'
import { type DraftRow, NaviDatabase, type PlanRow } from './db'
import { EXPORT_FORMAT, exportDocument } from './rescue'

/** incompatible: the database is there but this version cannot open it (see rescue.ts). */
export type StorageFault = 'unavailable' | 'blocked' | 'quota' | 'incompatible' | 'failed'

export class PlanStorageError extends Error {
  constructor(
    readonly fault: StorageFault,
    cause?: unknown,
  ) {
    super(`plan storage ${fault}`, { cause })
  }
}

const PlanRowSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  name: v.pipe(v.string(), v.maxLength(200)),
  answers: v.pipe(v.string(), v.maxLength(MAX_ANSWERS_LENGTH)),
  created: v.number(),
  updated: v.number(),
  done: v.array(v.string()),
  // Plans exported before document ticks existed have none.
  docs: v.optional(v.array(v.string()), []),
  procedures: v.array(v.string()),
  content: v.string(),
  lang: v.optional(v.pipe(v.string(), v.maxLength(20))),
})

const ExportSchema = v.object({
  format: v.literal(EXPORT_FORMAT),
  version: v.literal(1),
  plans: v.array(v.unknown()),
})

export function faultOf(error: unknown): StorageFault {
  const name =
    (error as { name?: string; inner?: { name?: string } } | null)?.inner?.name ??
    (error as { name?: string } | null)?.name
  if (name === 'QuotaExceededError') return 'quota'
  if (name === 'MissingAPIError' || name === 'InvalidStateError' || name === 'SecurityError') return 'unavailable'
  if (name === 'BlockedError' || name === 'DatabaseClosedError') return 'blocked'
  // Made by a version this one cannot read, an upgrade that failed, or files the browser reports broken.
  if (
    name === 'VersionError' ||
    name === 'UpgradeError' ||
    name === 'UnknownError' ||
    name === 'DataError' ||
    name === 'NotFoundError' ||
    name === 'InvalidTableError'
  )
    return 'incompatible'
  return 'failed'
}

async function guard<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (error) {
    throw error instanceof PlanStorageError ? error : new PlanStorageError(faultOf(error), error)
  }
}

/** The stores this version writes, by primary key. */
const STORES = { plans: 'id', settings: 'key', drafts: 'answers' } as const

/**
 * Dexie opens a database a later version upgraded, as it is. Writing into stores keyed otherwise (or
 * missing) would fail on every tick, so such a database counts as one this version cannot open.
 */
function fits(idb: IDBDatabase): boolean {
  const names = Object.keys(STORES) as (keyof typeof STORES)[]
  if (!names.every((name) => idb.objectStoreNames.contains(name))) return false
  const tx = idb.transaction(names, 'readonly')
  return names.every((name) => tx.objectStore(name).keyPath === STORES[name])
}

export interface PlanList {
  plans: PlanRow[]
  /** Rows that could not be read (corrupt); they are left in place, untouched. */
  unreadable: number
}

export interface NewPlan {
  name: string
  answers: string
  procedures: string[]
  content: string
  /** The language the resident reads it in. */
  lang?: string
  /** Ticks to start with (those of the unsaved result). */
  done?: string[]
  docs?: string[]
}

/** What a tick is about: a procedure done, or a document ready. */
export type TickKind = 'done' | 'docs'

const toggled = (list: readonly string[], id: string, on: boolean) =>
  on ? [...new Set([...list, id])] : list.filter((x) => x !== id)

const newId = () =>
  globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`

export class PlanRepository {
  constructor(
    readonly db: NaviDatabase,
    private readonly now: () => number = Date.now,
  ) {}

  /** Opens the database; throws PlanStorageError when this device cannot save. */
  static async open(db = new NaviDatabase(), now?: () => number): Promise<PlanRepository> {
    if (typeof indexedDB === 'undefined') throw new PlanStorageError('unavailable')
    await guard(async () => {
      const blocked = new Promise<never>((_, reject) => db.on('blocked', () => reject(new PlanStorageError('blocked'))))
      await Promise.race([db.open(), blocked])
    })
    if (!fits(db.backendDB())) {
      db.close()
      throw new PlanStorageError('incompatible')
    }
    return new PlanRepository(db, now)
  }

  async list(): Promise<PlanList> {
    // The whole table, not the "updated" index: a corrupt row may lack the indexed field and must still be counted.
    const rows = await guard(() => this.db.plans.toArray())
    const plans = rows
      .map((row) => v.safeParse(PlanRowSchema, row))
      .filter((r) => r.success)
      .map((r) => r.output)
    return { plans: plans.sort((a, b) => b.updated - a.updated), unreadable: rows.length - plans.length }
  }

  async get(id: string): Promise<PlanRow | undefined> {
    const row = await guard(() => this.db.plans.get(id))
    const parsed = v.safeParse(PlanRowSchema, row)
    return parsed.success ? parsed.output : undefined
  }

  async save(plan: NewPlan): Promise<PlanRow> {
    const at = this.now()
    const row: PlanRow = {
      id: newId(),
      created: at,
      updated: at,
      ...plan,
      done: plan.done ?? [],
      docs: plan.docs ?? [],
      name: plan.name.slice(0, 200),
    }
    await guard(() => this.db.plans.add(row))
    // The result's own ticks now live in the plan.
    await guard(() => this.db.drafts.delete(plan.answers))
    return row
  }

  private async change(id: string, update: (row: PlanRow) => Partial<PlanRow>): Promise<void> {
    await guard(() =>
      this.db.transaction('rw', this.db.plans, async () => {
        const row = await this.db.plans.get(id)
        if (!row || !v.is(PlanRowSchema, row)) return
        await this.db.plans.update(id, { ...update(row), updated: this.now() })
      }),
    )
  }

  rename(id: string, name: string) {
    return this.change(id, () => ({ name: name.trim().slice(0, 200) }))
  }

  setDone(id: string, procedure: string, done: boolean) {
    return this.setTick(id, 'done', procedure, done)
  }

  setTick(id: string, kind: TickKind, item: string, on: boolean) {
    return this.change(id, (row) => ({ [kind]: toggled(row[kind] ?? [], item, on) }))
  }

  async draft(answers: string): Promise<DraftRow | undefined> {
    return guard(() => this.db.drafts.get(answers))
  }

  /** Ticks a result that is not saved: kept on the device under its answers. */
  async setDraftTick(answers: string, kind: TickKind, item: string, on: boolean): Promise<void> {
    await guard(() =>
      this.db.transaction('rw', this.db.drafts, async () => {
        const row = (await this.db.drafts.get(answers)) ?? { answers, done: [], docs: [], updated: 0 }
        await this.db.drafts.put({ ...row, [kind]: toggled(row[kind], item, on), updated: this.now() })
      }),
    )
  }

  /** Accepts what a catalog update changed: the new list, with ticks kept for what remains. */
  accept(id: string, procedures: string[], content: string) {
    return this.change(id, (row) => ({ procedures, content, done: row.done.filter((x) => procedures.includes(x)) }))
  }

  async remove(id: string): Promise<void> {
    await guard(() => this.db.plans.delete(id))
  }

  async exportAll(): Promise<string> {
    const { plans } = await this.list()
    return exportDocument(plans, this.now())
  }

  /** Imports an export file. A plan with the same id is replaced only by a newer one. */
  async importAll(text: string): Promise<{ imported: number; skipped: number }> {
    let data: unknown
    try {
      data = JSON.parse(text)
    } catch {
      throw new SyntaxError('not a plans file (not JSON)')
    }
    const file = v.safeParse(ExportSchema, data)
    if (!file.success) throw new SyntaxError('not a plans file of this app')
    const rows = file.output.plans.filter((row): row is PlanRow => v.is(PlanRowSchema, row))
    let imported = 0
    await guard(() =>
      this.db.transaction('rw', this.db.plans, async () => {
        for (const row of rows) {
          const existing = await this.db.plans.get(row.id)
          if (existing && existing.updated >= row.updated) continue
          await this.db.plans.put(row)
          imported += 1
        }
      }),
    )
    return { imported, skipped: file.output.plans.length - imported }
  }
}
