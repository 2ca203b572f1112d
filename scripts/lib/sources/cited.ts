// Which pages the catalog cites, and which items rest on each. Read from the files as written, so a
// catalog that does not validate can still be checked against its sources.
import type { CatalogFile } from '../../../src/catalog/validate'

/** A catalog item (a procedure, an office…) that cites a page. */
export interface CitingItem {
  kind: string
  id: string
  title: string
  file: string
  /** The day the item says its fact was last checked against this page. */
  verified: string | null
}

export interface CitedPage {
  url: string
  /** The title the catalog gives the page (the first one, if items give it different titles). */
  title: string | null
  items: CitingItem[]
}

interface RawItem {
  id?: unknown
  title?: { ja?: unknown }
  name?: { ja?: unknown }
  sources?: unknown
}
interface RawSource {
  url?: unknown
  title?: unknown
  verified?: unknown
}

const itemsOf = (file: CatalogFile): RawItem[] =>
  (Array.isArray(file.data) ? file.data : [file.data]).filter((x): x is RawItem => typeof x === 'object' && x !== null)

/** Every cited page, in the order of first citation, each with the items that cite it. */
export function citedPages(files: CatalogFile[]): CitedPage[] {
  const pages = new Map<string, CitedPage>()
  for (const file of files) {
    for (const item of itemsOf(file)) {
      if (!Array.isArray(item.sources)) continue
      const title = item.title?.ja ?? item.name?.ja
      for (const source of item.sources as RawSource[]) {
        if (typeof source?.url !== 'string') continue
        const page = pages.get(source.url) ?? {
          url: source.url,
          title: typeof source.title === 'string' ? source.title : null,
          items: [],
        }
        pages.set(source.url, page)
        const id = typeof item.id === 'string' ? item.id : '?'
        if (page.items.some((i) => i.file === file.file && i.id === id)) continue
        page.items.push({
          kind: file.kind.replace(/s$/, ''),
          id,
          title: typeof title === 'string' ? title : id,
          file: file.file,
          verified: typeof source.verified === 'string' ? source.verified : null,
        })
      }
    }
  }
  // Procedures first, then offices and the rest, each by id: the same order on every run.
  const rank = (i: CitingItem) => (i.kind === 'procedure' ? 0 : 1)
  for (const page of pages.values())
    page.items.sort((a, b) => rank(a) - rank(b) || a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id))
  return [...pages.values()]
}
