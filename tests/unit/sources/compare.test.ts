// Which pages an editor must look at, and what the exit code says: pure, with made-up fetches.
import { describe, expect, it } from 'vitest'

import { citedPages } from '../../../scripts/lib/sources/cited'
import { compareSources, updateLock } from '../../../scripts/lib/sources/compare'
import type { Fetched } from '../../../scripts/lib/sources/fetch'
import { parseLock, serialiseLock, type SourcesLock } from '../../../scripts/lib/sources/lock'
import { formatReport } from '../../../scripts/lib/sources/report'
import type { CatalogFile } from '../../../src/catalog/validate'

const H = (c: string) => c.repeat(64)
const src = (url: string, verified = '2026-11-25') => ({
  url,
  title: `title of ${url.slice(-1)}`,
  verified,
  basis: 'general',
})
const FILES: CatalogFile[] = [
  {
    file: 'catalog/offices.yaml',
    kind: 'offices',
    data: [{ id: 'honcho', name: { ja: '本庁舎' }, sources: [src('https://x.jp/a')] }],
  },
  {
    file: 'catalog/procedures/tennyu.yaml',
    kind: 'procedure',
    data: {
      id: 'tennyu',
      title: { ja: '転入届' },
      sources: [src('https://x.jp/a', '2026-08-07'), src('https://x.jp/b')],
    },
  },
  {
    file: 'catalog/procedures/souzoku-houki.yaml',
    kind: 'procedure',
    data: {
      id: 'souzoku-houki',
      title: { ja: '相続放棄の申述' },
      sources: [src('https://x.jp/c'), src('https://x.jp/d')],
    },
  },
]
const ok = (url: string, sha: string, finalUrl: string | null = null): Fetched => ({
  url,
  ok: true,
  status: 200,
  finalUrl,
  sha256: sha,
  chars: 10,
})
const down = (url: string): Fetched => ({
  url,
  ok: false,
  status: null,
  finalUrl: null,
  reason: 'network',
  detail: 'ENOTFOUND',
})
const LOCK: SourcesLock = {
  'https://x.jp/a': { sha256: H('a'), checked: '2026-11-25' },
  'https://x.jp/b': { sha256: H('b'), checked: '2026-11-25' },
  'https://x.jp/c': { sha256: H('c'), checked: '2026-11-25', redirectedTo: 'https://x.jp/c2' },
  'https://x.jp/old': { sha256: H('0'), checked: '2026-01-01' },
}

describe('citedPages', () => {
  it('lists each page once with every item resting on it, procedures first', () => {
    const pages = citedPages(FILES)
    expect(pages.map((p) => p.url)).toEqual(['https://x.jp/a', 'https://x.jp/b', 'https://x.jp/c', 'https://x.jp/d'])
    expect(pages[0]!.items).toEqual([
      {
        kind: 'procedure',
        id: 'tennyu',
        title: '転入届',
        file: 'catalog/procedures/tennyu.yaml',
        verified: '2026-08-07',
      },
      { kind: 'office', id: 'honcho', title: '本庁舎', file: 'catalog/offices.yaml', verified: '2026-11-25' },
    ])
  })
})

describe('compareSources', () => {
  const pages = citedPages(FILES)

  it('exit 0 and "unchanged" only when every page reads as recorded', () => {
    const lock = { ...LOCK, 'https://x.jp/d': { sha256: H('d'), checked: '2026-11-25' } }
    const r = compareSources(
      pages,
      lock,
      [
        ok('https://x.jp/a', H('a')),
        ok('https://x.jp/b', H('b')),
        ok('https://x.jp/c', H('c'), 'https://x.jp/c2'),
        ok('https://x.jp/d', H('d')),
      ],
      '2026-12-01',
    )
    expect(r).toMatchObject({
      outcome: 'unchanged',
      exitCode: 0,
      counts: { cited: 4, unchanged: 4, changed: 0, new: 0, failed: 0, noLongerCited: 1 },
    })
    expect(formatReport(r)).toContain('4 unchanged')
    expect(formatReport(r)).toContain('GONE      https://x.jp/old')
  })

  it('exit 1 for a changed text, a new redirect, an unrecorded page and a failed fetch; each listed with its procedures', () => {
    const r = compareSources(
      pages,
      LOCK,
      [
        ok('https://x.jp/a', H('f')),
        ok('https://x.jp/b', H('b')),
        ok('https://x.jp/c', H('c'), 'https://x.jp/c3'),
        down('https://x.jp/d'),
      ],
      '2026-12-01',
    )
    expect(r.outcome).toBe('changed')
    expect(r.exitCode).toBe(1)
    expect(r.counts).toEqual({ cited: 4, fetched: 3, failed: 1, changed: 2, new: 0, unchanged: 1, noLongerCited: 1 })
    const a = r.pages.find((p) => p.url === 'https://x.jp/a')!
    expect(a).toMatchObject({ status: 'changed', changes: ['content'], sha256: H('f') })
    expect(r.pages.find((p) => p.url === 'https://x.jp/c')).toMatchObject({
      status: 'changed',
      changes: ['redirect'],
      redirectedTo: 'https://x.jp/c3',
    })
    expect(r.pages.find((p) => p.url === 'https://x.jp/d')).toMatchObject({
      status: 'failed',
      failure: { reason: 'network', detail: 'ENOTFOUND' },
    })
    expect(r.pages.map((p) => p.status)).toEqual(['changed', 'changed', 'failed', 'unchanged'])
    const text = formatReport(r)
    expect(text).toMatch(
      /CHANGED +https:\/\/x\.jp\/a\b[\s\S]*the text changed since the review of 2026-11-25[\s\S]*- tennyu 転入届 \(verified 2026-08-07\)[\s\S]*- office honcho 本庁舎/,
    )
    expect(text).toMatch(
      /CHANGED +https:\/\/x\.jp\/c\b[\s\S]*redirects elsewhere now[\s\S]*redirected to https:\/\/x\.jp\/c3[\s\S]*- souzoku-houki 相続放棄の申述/,
    )
    expect(text).toMatch(/FAILED +https:\/\/x\.jp\/d\b[\s\S]*unreachable \(ENOTFOUND\)/)
    expect(text).toContain('--update')
  })

  it('a page never recorded is new (exit 1)', () => {
    const r = compareSources(
      pages,
      {},
      pages.map((p) => ok(p.url, H('1'))),
      '2026-12-01',
    )
    expect(r).toMatchObject({ exitCode: 1, counts: { new: 4, unchanged: 0 } })
  })

  it('exit 2 when most pages could not be fetched, and then nothing is called unchanged', () => {
    const r = compareSources(
      pages,
      LOCK,
      [ok('https://x.jp/a', H('a')), down('https://x.jp/b'), down('https://x.jp/c'), down('https://x.jp/d')],
      '2026-12-01',
    )
    expect(r).toMatchObject({ outcome: 'unreachable', exitCode: 2, counts: { failed: 3, unchanged: null } })
    expect(r.pages.map((p) => p.status)).toEqual(['failed', 'failed', 'failed'])
    const text = formatReport(r)
    expect(text).toContain('Could not check the sources: 3 of 4 pages could not be fetched')
    expect(text).not.toMatch(/\d+ unchanged|^unchanged|Every page reads/m)
  })

  it('half failing is not yet "most"; every page failing is', () => {
    expect(
      compareSources(
        pages,
        LOCK,
        [ok('https://x.jp/a', H('a')), ok('https://x.jp/b', H('b')), down('https://x.jp/c'), down('https://x.jp/d')],
        'd',
      ).exitCode,
    ).toBe(1)
    expect(compareSources(pages.slice(0, 1), LOCK, [down('https://x.jp/a')], 'd').exitCode).toBe(2)
  })
})

describe('updateLock', () => {
  const pages = citedPages(FILES)
  const fetched = [
    ok('https://x.jp/a', H('f')),
    ok('https://x.jp/b', H('b')),
    ok('https://x.jp/c', H('c'), 'https://x.jp/c3'),
    down('https://x.jp/d'),
  ]
  const report = compareSources(pages, LOCK, fetched, '2026-12-01')

  it("records what was fetched with today's date, keeps what failed and forgets what no item cites", () => {
    const { lock, recorded, forgotten } = updateLock(LOCK, report, fetched)
    expect(recorded).toEqual(['https://x.jp/a', 'https://x.jp/c'])
    expect(forgotten).toEqual(['https://x.jp/old'])
    expect(lock).toEqual({
      'https://x.jp/a': { sha256: H('f'), checked: '2026-12-01' },
      'https://x.jp/b': { sha256: H('b'), checked: '2026-12-01' },
      'https://x.jp/c': { sha256: H('c'), checked: '2026-12-01', redirectedTo: 'https://x.jp/c3' },
    })
    expect(compareSources(pages, lock, fetched, '2026-12-01').pages.filter((p) => p.status === 'changed')).toEqual([])
  })

  it('records only the pages named, and forgets nothing then', () => {
    const { lock } = updateLock(LOCK, report, fetched, ['https://x.jp/c'])
    expect(lock['https://x.jp/a']).toEqual(LOCK['https://x.jp/a'])
    expect(lock['https://x.jp/c']?.redirectedTo).toBe('https://x.jp/c3')
    expect(lock['https://x.jp/old']).toBeDefined()
  })
})

describe('the lock file', () => {
  it('round-trips, sorted by address', () => {
    const text = serialiseLock({ 'https://x.jp/b': LOCK['https://x.jp/b']!, 'https://x.jp/a': LOCK['https://x.jp/a']! })
    expect(text.indexOf('https://x.jp/a')).toBeLessThan(text.indexOf('https://x.jp/b'))
    expect(parseLock(text)).toEqual({
      'https://x.jp/a': LOCK['https://x.jp/a'],
      'https://x.jp/b': LOCK['https://x.jp/b'],
    })
    expect(parseLock(serialiseLock({}))).toEqual({})
  })

  it('names the first malformed entry', () => {
    expect(() => parseLock('"https://x.jp/a": { sha256: abc, checked: "2026-12-01" }')).toThrow(
      '"https://x.jp/a" needs sha256',
    )
  })
})
