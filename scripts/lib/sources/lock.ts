// The record of what each cited page said when an editor last reviewed it: catalog/sources.lock.yaml,
// url → { sha256 of the normalised page, the day it was checked, where it redirected }. One file beside
// the catalog, so recording a review never touches the procedures themselves.
import { parse, stringify } from 'yaml'

export interface LockEntry {
  sha256: string
  checked: string
  /** The address the page answered from, when the cited one redirected. */
  redirectedTo?: string
}
export type SourcesLock = Record<string, LockEntry>

const HEADER = `# What each page the catalog cites said when it was last reviewed: the sha256 of its text (scripts,
# styles, tags, whitespace and per-request noise taken out) and the day it was checked.
# Written by \`npm run --silent sources:check -- --update\` after a review; see docs/source-drift.md.
`

const isEntry = (x: unknown): x is LockEntry => {
  const e = x as Partial<LockEntry> | null
  return (
    typeof e === 'object' &&
    e !== null &&
    typeof e.sha256 === 'string' &&
    /^[0-9a-f]{64}$/.test(e.sha256) &&
    typeof e.checked === 'string' &&
    /^\d{4}-\d{2}-\d{2}$/.test(e.checked) &&
    (e.redirectedTo === undefined || typeof e.redirectedTo === 'string')
  )
}

/** Reads the lock file's text; throws with the address of the first malformed entry. */
export function parseLock(text: string): SourcesLock {
  const data: unknown = parse(text) ?? {}
  if (typeof data !== 'object' || Array.isArray(data))
    throw new Error('sources.lock.yaml must map each address to { sha256, checked }')
  for (const [url, entry] of Object.entries(data as Record<string, unknown>)) {
    if (!isEntry(entry))
      throw new Error(`sources.lock.yaml: "${url}" needs sha256 (64 hex digits) and checked (YYYY-MM-DD)`)
  }
  return data as SourcesLock
}

/** The lock file's text, addresses sorted so a review's diff shows only what changed. */
export function serialiseLock(lock: SourcesLock): string {
  const sorted = Object.fromEntries(
    Object.keys(lock)
      .sort()
      .map((url) => {
        const { sha256, checked, redirectedTo } = lock[url]!
        return [url, redirectedTo ? { sha256, checked, redirectedTo } : { sha256, checked }]
      }),
  )
  return HEADER + (Object.keys(sorted).length ? stringify(sorted, { lineWidth: 0 }) : '{}\n')
}
