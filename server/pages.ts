// Which addresses are the app's pages, so that anything else can be answered with an honest 404.
// Matches as the app's router does (vue-router's defaults): a trailing slash and letter case do not
// matter, and a :param is one non-empty path segment.
import type { Catalog } from '../src/catalog/schema'
import { type RouteName, ROUTES } from '../src/routes'

/** The ids the catalog has pages for; a page for any other procedure or office id is a 404. */
export interface PageIds {
  procedures: ReadonlySet<string>
  offices: ReadonlySet<string>
}

const CHECKED: Partial<Record<RouteName, keyof PageIds>> = {
  procedure: 'procedures',
  togetherProcedure: 'procedures',
  office: 'offices',
}

export function pageIds(catalog: Catalog): PageIds {
  return {
    procedures: new Set(catalog.procedures.map((p) => p.id)),
    offices: new Set(catalog.offices.map((o) => o.id)),
  }
}

/** '/q/move' → ['q', 'move']; one trailing slash is dropped, an empty segment elsewhere stays and matches nothing. */
const segments = (path: string) => path.replace(/\/$/, '').split('/').slice(1)

function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

const PATTERNS = (Object.entries(ROUTES) as [RouteName, string][]).map(([name, path]) => ({
  name,
  parts: segments(path),
}))

/** Whether `pathname` (no query) is one of the app's pages; `ids` null accepts any id. */
export function isAppPage(pathname: string, ids: PageIds | null): boolean {
  const parts = segments(pathname).map(decoded)
  return PATTERNS.some(({ name, parts: pattern }) => {
    if (pattern.length !== parts.length) return false
    let param: string | undefined
    for (const [i, expected] of pattern.entries()) {
      const actual = parts[i] ?? ''
      if (expected.startsWith(':')) {
        if (!actual) return false
        param = actual
      } else if (expected.toLowerCase() !== actual.toLowerCase()) return false
    }
    const list = CHECKED[name]
    return !list || !ids || param === undefined || ids[list].has(param)
  })
}
