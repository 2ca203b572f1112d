// A page drawn by the app's own components put into the built shell (index.html as the browser build
// wrote it): by the build for the home and question pages, and by the server for each result.
import type { Rendered } from '../src/entry-server'

export const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

export interface Filled {
  /** The address (path and query) it was drawn for: the app takes over only a page drawn for its own address. */
  address: string
  /** Links to the page in each language, for the head. */
  alternates?: string
  /** The ward's date it was drawn on, when what it says depends on the day (a result's deadlines). */
  today?: string
}

/** The shell with a rendered page in it: its HTML, its title, its language alternates, its address and day. */
export function fill(shell: string, page: Rendered, { address, alternates = '', today }: Filled): string {
  const day = today ? ` data-today="${escapeHtml(today)}"` : ''
  // Replaced by functions: a title or page with "$&" in it is text, not a replacement pattern.
  return shell
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(page.title)}</title>`)
    .replace('</head>', () => (alternates ? `  ${alternates}\n  </head>` : '</head>'))
    .replace(
      '<div id="app"></div>',
      () => `<div id="app" data-prerendered="${escapeHtml(address)}"${day}>${page.html}</div>`,
    )
}
