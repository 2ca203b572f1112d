import { describe, expect, it } from 'vitest'

import { alternateLinks, hreflang, siteOrigin } from '../../../scripts/lib/vite/prerender'
import { fill } from '../../../server/page-html'
import { LOCALES } from '../../../src/i18n/registry'

const links = (html: string) =>
  [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">/g)].map((m) => [m[1], m[2]])

describe('the prerendered pages name their other languages (hreflang)', () => {
  it('lists each of the ten languages once, by its lang tag, plus x-default', () => {
    const found = links(alternateLinks('/q/date', LOCALES))
    expect(found).toEqual([
      ['ja', '/q/date?lang=ja'],
      ['ja-x-easy', '/q/date?lang=ja-easy'],
      ['en', '/q/date?lang=en'],
      ['zh-Hans', '/q/date?lang=zh-Hans'],
      ['zh-Hant', '/q/date?lang=zh-Hant'],
      ['ko', '/q/date?lang=ko'],
      ['vi', '/q/date?lang=vi'],
      ['ne', '/q/date?lang=ne'],
      ['my', '/q/date?lang=my'],
      ['tl', '/q/date?lang=tl'],
      ['x-default', '/q/date'],
    ])
    expect(new Set(found.map(([tag]) => tag)).size).toBe(LOCALES.length + 1)
  })

  it('uses the tag the app puts in lang=, and tells apart two languages that share it', () => {
    for (const l of LOCALES) expect(hreflang(l).split('-x-')[0]).toBe(l.tag)
    expect(hreflang({ code: 'ja-easy', tag: 'ja' })).toBe('ja-x-easy')
  })

  it('writes absolute addresses when the build is given the site’s origin', () => {
    const origin = siteOrigin('https://navi.example.jp/some/path')
    expect(origin).toBe('https://navi.example.jp')
    expect(links(alternateLinks('/', LOCALES, origin))).toContainEqual(['vi', 'https://navi.example.jp/?lang=vi'])
    expect(siteOrigin(undefined)).toBe('')
    expect(() => siteOrigin('not a url')).toThrow(/VITE_SITE_ORIGIN/)
  })

  it('puts them in the head of the page', () => {
    const shell = '<html><head><title>x</title></head><body><div id="app"></div></body></html>'
    const html = fill(
      shell,
      { html: '<h1>どんなことがありましたか</h1>', title: 't' },
      { address: '/', alternates: alternateLinks('/', LOCALES) },
    )
    const head = html.slice(0, html.indexOf('</head>'))
    expect(links(head)).toHaveLength(LOCALES.length + 1)
  })
})
