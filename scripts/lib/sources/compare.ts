// What changed since the last review: each cited page's fetch set against its recorded hash. Pure.
import type { CitedPage, CitingItem } from './cited'
import type { Fetched } from './fetch'
import type { LockEntry, SourcesLock } from './lock'

export type PageStatus = 'unchanged' | 'changed' | 'new' | 'failed'

export interface PageResult {
  url: string
  title: string | null
  status: PageStatus
  /** Why a page counts as changed: its text, the address it redirects to, or both. */
  changes: ('content' | 'redirect')[]
  recorded: LockEntry | null
  sha256: string | null
  redirectedTo: string | null
  failure: { reason: 'http' | 'timeout' | 'network'; status: number | null; detail: string } | null
  items: CitingItem[]
}

export type Outcome = 'unchanged' | 'changed' | 'unreachable'

export interface DriftReport {
  checkedOn: string
  outcome: Outcome
  exitCode: 0 | 1 | 2
  counts: {
    cited: number
    fetched: number
    failed: number
    changed: number
    new: number
    /** Not given (null) when most pages could not be fetched: a check that did not happen is no "unchanged". */
    unchanged: number | null
    noLongerCited: number
  }
  /** Changed, new and failed pages first; the unchanged ones only when the check as a whole worked. */
  pages: PageResult[]
  /** Recorded pages no item cites any more (`--update` forgets them). */
  noLongerCited: string[]
}

function judge(page: CitedPage, fetched: Fetched | undefined, recorded: LockEntry | null): PageResult {
  const base = { url: page.url, title: page.title, recorded, items: page.items }
  if (!fetched || !fetched.ok) {
    const failure =
      fetched && !fetched.ok
        ? { reason: fetched.reason, status: fetched.status, detail: fetched.detail }
        : { reason: 'network' as const, status: null, detail: 'not fetched' }
    return { ...base, status: 'failed', changes: [], sha256: null, redirectedTo: fetched?.finalUrl ?? null, failure }
  }
  const now = { sha256: fetched.sha256, redirectedTo: fetched.finalUrl, failure: null }
  if (!recorded) return { ...base, ...now, status: 'new', changes: [] }
  const changes: PageResult['changes'] = []
  if (recorded.sha256 !== fetched.sha256) changes.push('content')
  if ((recorded.redirectedTo ?? null) !== fetched.finalUrl) changes.push('redirect')
  return { ...base, ...now, status: changes.length ? 'changed' : 'unchanged', changes }
}

const ORDER: Record<PageStatus, number> = { changed: 0, new: 1, failed: 2, unchanged: 3 }

/**
 * Sets each page's fetch against the lock. Exit code 0 when every page is as recorded; 1 when any
 * changed, is new or could not be fetched; 2 when most could not be fetched (the network is down, or
 * the sites refuse us): then nothing is said to be unchanged.
 */
export function compareSources(
  pages: CitedPage[],
  lock: SourcesLock,
  fetched: Fetched[],
  checkedOn: string,
): DriftReport {
  const byUrl = new Map(fetched.map((f) => [f.url, f]))
  const results = pages.map((p) => judge(p, byUrl.get(p.url), lock[p.url] ?? null))
  const count = (s: PageStatus) => results.filter((r) => r.status === s).length
  const failed = count('failed')
  const cited = new Set(pages.map((p) => p.url))
  const noLongerCited = Object.keys(lock)
    .filter((url) => !cited.has(url))
    .sort()
  const unreachable = pages.length > 0 && (failed === pages.length || failed * 2 > pages.length)
  const clean = failed === 0 && count('changed') === 0 && count('new') === 0
  const outcome: Outcome = unreachable ? 'unreachable' : clean ? 'unchanged' : 'changed'
  return {
    checkedOn,
    outcome,
    exitCode: outcome === 'unreachable' ? 2 : outcome === 'changed' ? 1 : 0,
    counts: {
      cited: pages.length,
      fetched: pages.length - failed,
      failed,
      changed: count('changed'),
      new: count('new'),
      unchanged: unreachable ? null : count('unchanged'),
      noLongerCited: noLongerCited.length,
    },
    pages: results
      .filter((r) => !(unreachable && r.status === 'unchanged'))
      .sort((a, b) => ORDER[a.status] - ORDER[b.status]),
    noLongerCited,
  }
}

/**
 * The lock after a review: the pages fetched now (all, or only those named) recorded with today's hash
 * and date; pages that could not be fetched keep what they had; pages no longer cited are forgotten
 * (unless only some pages were named).
 */
export function updateLock(
  lock: SourcesLock,
  report: DriftReport,
  fetched: Fetched[],
  only: string[] = [],
): { lock: SourcesLock; recorded: string[]; forgotten: string[] } {
  const next: SourcesLock = { ...lock }
  const recorded: string[] = []
  for (const f of fetched) {
    if (!f.ok || (only.length && !only.includes(f.url))) continue
    const before = lock[f.url]
    next[f.url] = f.finalUrl
      ? { sha256: f.sha256, checked: report.checkedOn, redirectedTo: f.finalUrl }
      : { sha256: f.sha256, checked: report.checkedOn }
    if (!before || before.sha256 !== f.sha256 || (before.redirectedTo ?? null) !== f.finalUrl) recorded.push(f.url)
  }
  const forgotten = only.length ? [] : report.noLongerCited
  for (const url of forgotten) delete next[url]
  return { lock: next, recorded, forgotten }
}
