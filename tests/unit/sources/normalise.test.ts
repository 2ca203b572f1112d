// A page nobody edited must hash the same however it is served; a page whose words changed must not.
import { describe, expect, it } from 'vitest'

import { charsetOf, normaliseHtml, pageFingerprint } from '../../../scripts/lib/sources/normalise'

const utf8 = (s: string) => new TextEncoder().encode(s)
const hash = (html: string, type = 'text/html; charset=utf-8') => pageFingerprint(type, utf8(html)).sha256

const PAGE = `<!doctype html><html><head><title>転入届</title>
<meta name="csrf-token" content="a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5f6">
<style>body { color: red }</style></head>
<body><h1>転入届</h1><p>住み始めた日から<strong>14日以内</strong>に届け出てください。</p>
<p>受付時間：平日8:30〜17:00。最終更新日：2026年11月20日</p><p>表示 2026-11-26T01:00:00Z（10:00:00）</p></body></html>`

describe('normaliseHtml', () => {
  it("keeps the words, the opening hours and the page's own update date, and nothing of the markup", () => {
    expect(normaliseHtml(PAGE)).toBe(
      '転入届 転入届 住み始めた日から 14日以内 に届け出てください。 受付時間：平日8:30〜17:00。最終更新日：2026年11月20日 表示 （ ）',
    )
  })

  it('decodes entities', () => {
    expect(normaliseHtml('<p>A&amp;B&nbsp;&#x5317;&#21306; &yen;300</p>')).toBe('A&B 北区 ¥300')
  })

  it('drops per-request noise: clock times to the second, timestamps and long tokens', () => {
    expect(
      normaliseHtml('<p>生成 2026-11-26T10:32:15.123Z / 10:32:15 / 10時32分15秒 / Thu, 26 Nov 2026 01:32:15 GMT</p>'),
    ).toBe('生成 / / /')
    expect(normaliseHtml('<p>token 0a9f8e7d6c5b4a39281706f5e4d3c2b1a0f9e8d7 end</p>')).toBe('token end')
  })
})

describe('the fingerprint of a page', () => {
  it('is the same for a page served with other whitespace, scripts, styles, comments and a new CSRF token', () => {
    const again = PAGE.replace('a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5f6', 'ffffeeee0000111122223333444455556666')
      .replace(
        '<body>',
        '<body>\n  <!-- cache 2026-11-26 10:00 --><script>window.__t = 1732580000</script>\n<noscript>JavaScriptを有効に</noscript>',
      )
      .replace('<p>住み始めた日から', '<p>\n\t\t住み始めた日から\n')
      .replace('2026-11-26T01:00:00Z（10:00:00）', '2026-11-26T01:32:15.5+09:00（10:32:15）')
      .replace('</body>', '<input type="hidden" name="_csrf" value="9f9f9f9f"></body>')
    expect(hash(again)).toBe(hash(PAGE))
  })

  it('changes when a fact changes', () => {
    expect(hash(PAGE.replace('14日以内', '30日以内'))).not.toBe(hash(PAGE))
    expect(hash(PAGE.replace('8:30', '9:00'))).not.toBe(hash(PAGE))
    expect(hash(PAGE.replace('2026年11月20日', '2026年12月1日'))).not.toBe(hash(PAGE))
  })

  it('reads a Shift_JIS page as the same text as its UTF-8 twin', () => {
    const sjis = new Uint8Array([
      ...utf8('<html><head><meta charset="Shift_JIS"></head><body>'),
      0x96,
      0x6b,
      0x8b,
      0xe6,
      0x20,
      0x93,
      0x5d,
      0x93,
      0xfc,
      0x93,
      0xcd,
      ...utf8('</body></html>'),
    ])
    expect(charsetOf('text/html', sjis)).toBe('shift_jis')
    expect(charsetOf('text/html; charset=EUC-JP', sjis)).toBe('euc-jp')
    expect(pageFingerprint('text/html', sjis).sha256).toBe(
      hash('<html><head><meta charset="utf-8"></head><body>北区 転入届</body></html>'),
    )
  })

  it('hashes anything that is not text (a PDF) by its bytes', () => {
    const a = pageFingerprint('application/pdf', utf8('%PDF-1.7 a'))
    expect(a.chars).toBeNull()
    expect(pageFingerprint('application/pdf', utf8('%PDF-1.7  a')).sha256).not.toBe(a.sha256)
  })
})
