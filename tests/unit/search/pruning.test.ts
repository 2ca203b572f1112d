// The scorer skips candidates that cannot be shown; it must rank exactly as a full scan does.
import { describe, expect, it } from 'vitest'

import { prng, syntheticCatalog } from '../../../scripts/bench/synthetic'
import { LOCALES } from '../../../src/i18n/registry'
import { entries, inlineText } from '../../../src/search/entries'
import { buildIndex } from '../../../src/search/inverted-index'
import { createScorer } from '../../../src/search/scorer'
import { realCatalog } from '../../helpers/catalog'

const QUERIES = [
  '転入',
  'てんにゅう',
  'しゅっしょうとどけ',
  'マイナンバーカード',
  '国民健康保険',
  'ひっこし',
  '年金の免除',
  '犬の登録',
  '介護',
  'moving in',
  'health insurance',
  'birth registraton',
  '子どもの医療費',
  '証明書',
  'とどけ',
  'xyzzy',
]

describe('pruned scoring', () => {
  it.each([
    ['real', 0],
    ['1,700-procedure', 1700],
  ] as const)(
    'ranks as a full scan does on the %s catalog',
    (_, size) => {
      const catalog = size ? syntheticCatalog(realCatalog(), size) : realCatalog()
      for (const locale of ['ja', 'en']) {
        const index = buildIndex(
          entries(catalog, locale, { languages: LOCALES.map((l) => l.code), textIn: inlineText }),
        )
        const fast = createScorer(index)
        const full = createScorer(index, { exhaustive: true })
        const r = prng(7)
        // Real queries, and random slices of them as a typist's fragments.
        const queries = [
          ...QUERIES,
          ...Array.from({ length: 40 }, () => {
            const q = QUERIES[Math.floor(r() * QUERIES.length)] ?? ''
            const from = Math.floor(r() * q.length)
            return q.slice(from, from + 2 + Math.floor(r() * 6))
          }),
        ]
        for (const query of queries) {
          for (const limit of [1, 10])
            expect(fast(query, limit), `${locale} ${query} ${limit}`).toEqual(full(query, limit))
        }
      }
    },
    60_000,
  ) // two full index builds and ~200 exhaustive scans: seconds on a busy 2-core machine
})
