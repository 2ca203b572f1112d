// What must survive a reload: saved plans (answers + ticks) and small settings. Dexie owns it.
import Dexie, { type EntityTable } from 'dexie'

export interface PlanRow {
  id: string
  name: string
  /** The canonical answers string: the plan's result is always re-computed from it. */
  answers: string
  created: number
  updated: number
  /** Procedure ids the resident ticked as done. */
  done: string[]
  /** Document ids the resident ticked as ready. */
  docs: string[]
  /** The procedure ids the plan listed when last accepted, to show what a catalog update changed. */
  procedures: string[]
  /** The catalog fingerprint those procedures came from. */
  content: string
  /** The language it was made in: its link opens in it (none for plans saved before it was kept). */
  lang?: string
}

/**
 * The ticks of a result that is not saved yet, keyed by its canonical answers: a reload keeps them,
 * and saving the plan carries them over.
 */
export interface DraftRow {
  answers: string
  done: string[]
  docs: string[]
  updated: number
}

export interface SettingRow {
  key: string
  value: unknown
}

export const DB_NAME = 'kita-tetsuzuki-navi'

export class NaviDatabase extends Dexie {
  plans!: EntityTable<PlanRow, 'id'>
  settings!: EntityTable<SettingRow, 'key'>
  drafts!: EntityTable<DraftRow, 'answers'>

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options)
    // Version 1 kept only the ticks ("ticks"); it could not tell what a catalog update changed.
    this.version(1).stores({ plans: 'id, updated' })
    // Version 2: ticks renamed "done", a snapshot of the listed procedures, and settings.
    this.version(2)
      .stores({ plans: 'id, updated', settings: 'key' })
      .upgrade((tx) =>
        tx
          .table('plans')
          .toCollection()
          .modify((row: Record<string, unknown>) => {
            row.done = Array.isArray(row.ticks) ? row.ticks : []
            delete row.ticks
            // The ticked procedures are the only ones known to have been listed; the next open re-runs the navigator.
            row.procedures = Array.isArray(row.done) ? [...(row.done as string[])] : []
            row.content = ''
          }),
      )
    // Version 3: document ticks on plans, and the ticks of unsaved results (drafts).
    this.version(3)
      .stores({ plans: 'id, updated', settings: 'key', drafts: 'answers, updated' })
      .upgrade((tx) =>
        tx
          .table('plans')
          .toCollection()
          .modify((row: Record<string, unknown>) => {
            if (!Array.isArray(row.docs)) row.docs = []
          }),
      )
  }
}
