import { describe, expect, it } from 'vitest'

import { runSearch } from '../../../scripts/lib/search-cli'

const first = (args: string[]) => {
  const { code, out } = runSearch(args)
  expect(code).toBe(0)
  return (JSON.parse(out) as { hits: { kind: string; id: string; title: string; ja: string }[] }).hits[0]
}

describe('npm run search (the app’s search over the whole catalog, in every language)', () => {
  it.each(['转入', '轉入', '전입신고', 'chuyển đến', 'tennyu', 'てんにゅう', 'テンニュウ', 'moving-in notification'])(
    'finds 転入届 first for %s',
    (query) => {
      expect(first([query])).toMatchObject({ kind: 'procedure', id: 'tennyu', ja: '転入届' })
    },
  )

  it('names the hits in the reader’s language, with the Japanese beside', () => {
    const hit = first(['転入', '--locale', 'vi'])
    expect(hit?.id).toBe('tennyu')
    expect(hit?.title).not.toBe('転入届')
  })

  it('refuses an empty query, an unknown language or a bad limit with exit 2 and a message', () => {
    for (const args of [[], ['  '], ['転入', '--locale', 'xx'], ['転入', '--limit', '0']]) {
      const { code, err } = runSearch(args)
      expect(code).toBe(2)
      expect(err).toMatch(/search:/)
    }
  })
}, 60_000)
