import 'fake-indexeddb/auto'

import Dexie from 'dexie'
import { IDBFactory } from 'fake-indexeddb'
import { beforeEach, describe, expect, it } from 'vitest'

import { NaviDatabase } from '../../../src/plans/db'
import { diffPlan } from '../../../src/plans/diff'
import { faultOf, PlanRepository, PlanStorageError } from '../../../src/plans/repository'

let name = 0
let clock = 1_000
const fresh = () => new NaviDatabase(`test-${++name}`, { indexedDB: new IDBFactory(), IDBKeyRange })
const plan = { name: '引っ越し', answers: 'events=move-in', procedures: ['tennyu', 'kokuho-join'], content: 'c1' }

beforeEach(() => {
  clock = 1_000
})

describe('saved plans', () => {
  it('saves, ticks, renames, lists newest first and deletes', async () => {
    const repo = await PlanRepository.open(fresh(), () => clock++)
    const a = await repo.save(plan)
    const b = await repo.save({ ...plan, name: '出生' })
    await repo.setDone(a.id, 'tennyu', true)
    await repo.setDone(a.id, 'tennyu', true)
    await repo.rename(b.id, '  赤ちゃん  ')
    const { plans, unreadable } = await repo.list()
    expect(unreadable).toBe(0)
    expect(plans.map((p) => p.name)).toEqual(['赤ちゃん', '引っ越し'])
    expect((await repo.get(a.id))?.done).toEqual(['tennyu'])
    await repo.setDone(a.id, 'tennyu', false)
    expect((await repo.get(a.id))?.done).toEqual([])
    await repo.remove(b.id)
    expect((await repo.list()).plans.map((p) => p.id)).toEqual([a.id])
  })

  it('exports to JSON and imports it into another device, keeping the newer copy', async () => {
    const one = await PlanRepository.open(fresh(), () => clock++)
    const saved = await one.save(plan)
    await one.setDone(saved.id, 'tennyu', true)
    const file = await one.exportAll()
    const two = await PlanRepository.open(fresh(), () => clock++)
    expect(await two.importAll(file)).toEqual({ imported: 1, skipped: 0 })
    expect((await two.get(saved.id))?.done).toEqual(['tennyu'])
    expect(await two.importAll(file)).toEqual({ imported: 0, skipped: 1 })
    await expect(two.importAll('{"plans": []}')).rejects.toThrow('not a plans file')
    await expect(two.importAll('not json')).rejects.toThrow('not JSON')
  })

  it('skips a corrupt row alone and loses no other plan', async () => {
    const db = fresh()
    const repo = await PlanRepository.open(db, () => clock++)
    await repo.save(plan)
    await db.plans.put({ id: 'broken', name: 42 } as never)
    const { plans, unreadable } = await repo.list()
    expect(plans).toHaveLength(1)
    expect(unreadable).toBe(1)
    expect(await repo.get('broken')).toBeUndefined()
  })

  it('accepting a catalog update keeps ticks for the procedures that remain', async () => {
    const repo = await PlanRepository.open(fresh(), () => clock++)
    const saved = await repo.save(plan)
    await repo.setDone(saved.id, 'tennyu', true)
    await repo.setDone(saved.id, 'kokuho-join', true)
    await repo.accept(saved.id, ['tennyu', 'mynumber-address'], 'c2')
    expect(await repo.get(saved.id)).toMatchObject({
      procedures: ['tennyu', 'mynumber-address'],
      content: 'c2',
      done: ['tennyu'],
    })
  })
})

describe('storage faults', () => {
  it('no IndexedDB at all (private mode) is "unavailable", not a crash', async () => {
    const db = new NaviDatabase('nowhere', { indexedDB: undefined as never, IDBKeyRange: undefined as never })
    const error = await PlanRepository.open(db).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(PlanStorageError)
    expect((error as PlanStorageError).fault).toBe('unavailable')
  })

  it.each([
    ['QuotaExceededError', 'quota'],
    ['MissingAPIError', 'unavailable'],
    ['VersionError', 'incompatible'],
    ['UpgradeError', 'incompatible'],
    ['BlockedError', 'blocked'],
    ['AbortError', 'failed'],
  ])('%s is reported as %s', (errorName, fault) => {
    expect(faultOf({ name: errorName })).toBe(fault)
    expect(faultOf({ name: 'AbortError', inner: { name: errorName } })).toBe(fault)
  })

  it('a quota error while saving is reported, and earlier plans are still there', async () => {
    const db = fresh()
    const repo = await PlanRepository.open(db, () => clock++)
    await repo.save(plan)
    db.plans.hook('creating', () => {
      throw Object.assign(new Error('full'), { name: 'QuotaExceededError' })
    })
    const error = await repo.save(plan).catch((e: unknown) => e)
    expect((error as PlanStorageError).fault).toBe('quota')
    expect((await repo.list()).plans).toHaveLength(1)
  })
})

describe('schema migration', () => {
  it('version 1 plans (with "ticks") open in version 3 with "done", a procedure snapshot and no document ticks', async () => {
    const indexedDB = new IDBFactory()
    const v1 = new Dexie('migrate', { indexedDB, IDBKeyRange })
    v1.version(1).stores({ plans: 'id, updated' })
    await v1
      .table('plans')
      .add({ id: 'old', name: '前の計画', answers: 'events=birth', created: 1, updated: 2, ticks: ['shussei'] })
    v1.close()

    const repo = await PlanRepository.open(new NaviDatabase('migrate', { indexedDB, IDBKeyRange }))
    const row = await repo.get('old')
    expect(row).toMatchObject({ name: '前の計画', done: ['shussei'], docs: [], procedures: ['shussei'], content: '' })
    expect(row).not.toHaveProperty('ticks')
    expect(repo.db.verno).toBe(3)
  })

  it('keeps document ticks on a plan, and the ticks of an unsaved result until it is saved', async () => {
    const repo = await PlanRepository.open(fresh(), () => clock++)
    await repo.setDraftTick('events=move-in', 'done', 'tennyu', true)
    await repo.setDraftTick('events=move-in', 'docs', 'tenshutsu-shomeisho', true)
    await repo.setDraftTick('events=move-in', 'docs', 'tenshutsu-shomeisho', true)
    expect(await repo.draft('events=move-in')).toMatchObject({ done: ['tennyu'], docs: ['tenshutsu-shomeisho'] })
    const draft = await repo.draft('events=move-in')
    const saved = await repo.save({ ...plan, answers: 'events=move-in', done: draft?.done, docs: draft?.docs })
    expect(await repo.draft('events=move-in')).toBeUndefined()
    await repo.setTick(saved.id, 'docs', 'honnin-kakunin', true)
    await repo.setTick(saved.id, 'docs', 'tenshutsu-shomeisho', false)
    expect(await repo.get(saved.id)).toMatchObject({ done: ['tennyu'], docs: ['honnin-kakunin'] })
  })
})

describe('what a catalog update changed', () => {
  it('lists added and removed procedures and keeps ticks that still apply', () => {
    expect(
      diffPlan(['tennyu', 'kokuho-join', 'inkan'], ['tennyu', 'inkan', 'mynumber-address'], ['tennyu', 'kokuho-join']),
    ).toEqual({
      added: ['mynumber-address'],
      removed: ['kokuho-join'],
      kept: ['tennyu', 'inkan'],
      done: ['tennyu'],
    })
  })
})
