// A page's text as it reads, without what changes on every request, so that a page nobody edited
// hashes the same from one check to the next. Pure: bytes and a content type in, text out.
import { createHash } from 'node:crypto'

/** Elements whose content is never the page's text: code, styling, fallbacks, drawings. */
const NOT_TEXT = /<(script|style|noscript|template|svg|iframe|object)\b[^>]*>[\s\S]*?<\/\1\s*>/gi
const COMMENT = /<!--[\s\S]*?-->/g
const TAG = /<\/?[a-z!?][^>]*>/gi

/**
 * What changes per request without the page changing: clock times to the second (a printed
 * "generated at 10:32:15"), ISO and HTTP timestamps, and long random tokens (CSRF, nonces, session
 * ids) that sometimes appear as text. Dates alone ("2026年11月20日更新") are kept: they are the page's own
 * record of an edit. Clock times without seconds (opening hours, 8:30) are kept too.
 */
const NOISE: RegExp[] = [
  /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?/g,
  /\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{1,2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT\b/g,
  /\b\d{1,2}:\d{2}:\d{2}\b/g,
  /\d{1,2}時\d{1,2}分\d{1,2}秒/g,
  /(?<![\w/.-])(?=[A-Za-z0-9_+/=-]*\d)(?=[A-Za-z0-9_+/=-]*[A-Za-z])[A-Za-z0-9_+/=-]{32,}(?![\w/.-])/g,
]

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ensp: ' ',
  emsp: ' ',
  thinsp: ' ',
  copy: '©',
  reg: '®',
  yen: '¥',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  middot: '·',
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
    }
    return ENTITIES[name.toLowerCase()] ?? whole
  })
}

/** The visible text of an HTML page (the title included), with its noise and whitespace taken out. */
export function normaliseHtml(html: string): string {
  let text = html.replace(COMMENT, ' ').replace(NOT_TEXT, ' ').replace(TAG, ' ')
  text = decodeEntities(text).normalize('NFC')
  for (const pattern of NOISE) text = text.replace(pattern, ' ')
  return text.replace(/\s+/g, ' ').trim()
}

/** The charset a response declares in its header or, for HTML, in its first bytes; UTF-8 otherwise. */
export function charsetOf(contentType: string | null, body: Uint8Array): string {
  const fromHeader = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '')?.[1]
  const head = new TextDecoder('latin1').decode(body.subarray(0, 2048))
  const fromMeta = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1]
  for (const label of [fromHeader, fromMeta]) {
    if (!label) continue
    try {
      return new TextDecoder(label).encoding
    } catch {
      // An unknown label: try the next one.
    }
  }
  return 'utf-8'
}

const isText = (contentType: string | null) => !contentType || /^text\/|html|xml|json/i.test(contentType)

/** What is hashed: the normalised text of a text page, or the bytes of anything else (a PDF). */
export function pageFingerprint(
  contentType: string | null,
  body: Uint8Array,
): { sha256: string; chars: number | null } {
  if (!isText(contentType)) return { sha256: createHash('sha256').update(body).digest('hex'), chars: null }
  const decoded = new TextDecoder(charsetOf(contentType, body)).decode(body)
  const text = /html|xml/i.test(contentType ?? 'html') ? normaliseHtml(decoded) : decoded.replace(/\s+/g, ' ').trim()
  return { sha256: createHash('sha256').update(text, 'utf8').digest('hex'), chars: text.length }
}
