// What residents read and follow: links on allowed https hosts, sources that are pages (not a
// site's front door, not Kita's old domain), and no note meant for editors in resident text.
import { textsOf as texts } from '../text-keys'
import type { CheckContext } from './context'

/** Kita's site moved to city.kita.lg.jp; the old domain only redirects. */
const OLD_DOMAINS = new Set(['www.city.kita.tokyo.jp', 'city.kita.tokyo.jp'])
/** Words addressed to whoever edits the catalog, never to a resident. */
const EDITOR_NOTE = /参考ファクト|\bTODO\b|\bFIXME\b|編集者|要出典|ソースに記載が(?:無|な)/

function safeUrl(url: string): URL | null {
  try {
    return new URL(url)
  } catch {
    return null
  }
}

export function checkText(ctx: CheckContext): void {
  const checkUrl = (url: string, file: string, path: string) => {
    const host = safeUrl(url)?.hostname
    if (host && !ctx.hosts.has(host))
      ctx.fail(file, path, `link host "${host}" is not on the allow-list (catalog/allowed-hosts.yaml)`)
  }
  const checkSource = (url: string, file: string, path: string) => {
    checkUrl(url, file, path)
    const parsed = safeUrl(url)
    if (!parsed) return
    if (OLD_DOMAINS.has(parsed.hostname))
      ctx.fail(file, path, `cites Kita's old domain "${parsed.hostname}": cite the same page on www.city.kita.lg.jp`)
    else if ((parsed.pathname === '/' || parsed.pathname === '') && !parsed.search)
      ctx.fail(file, path, `cites the front page of ${parsed.hostname}, not the page that states the fact`)
  }
  for (const { file, path, item } of ctx.offices)
    item.sources.forEach((s, i) => checkSource(s.url, file, `${path}.sources[${i}].url`))
  for (const { file, path, item } of ctx.services) {
    if (item.url) checkUrl(item.url, file, `${path}.url`)
  }
  for (const { file, item: p } of ctx.procedures) {
    p.sources.forEach((s, i) => checkSource(s.url, file, `sources[${i}].url`))
    if (p.online) checkUrl(p.online.url, file, 'online.url')
  }
  const everything: { file: string; path: string; item: { id: string } }[] = [
    ctx.procedures,
    ctx.offices,
    ctx.events,
    ctx.questions,
    ctx.documents,
    ctx.services,
  ].flat()
  for (const { file, path, item } of everything) {
    // Texts include the 要確認 notes, which are texts once read.
    const notes = texts(item).flatMap((t) => Object.values(t).filter((x): x is string => typeof x === 'string'))
    const note = notes.find((x) => EDITOR_NOTE.test(x))
    if (note) ctx.fail(file, path, `"${item.id}" shows residents a note meant for editors: "${note.slice(0, 60)}"`)
  }
}
