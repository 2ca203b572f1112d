// What a resident who types instead of answering finds first, on the real catalog.
import { describe, expect, it } from 'vitest'

import { createSearch, type SearchHit } from '../../../src/search'
import { realCatalog } from '../../helpers/catalog'
import { noise, prng } from '../fuzz/mutate'

const catalog = realCatalog()
const ja = createSearch(catalog, 'ja')
const en = createSearch(catalog, 'en')
const key = (h: SearchHit | undefined) => (h ? `${h.kind}:${h.id}` : 'nothing')

describe('search (ja): the first hit for what residents type', () => {
  it.each([
    ['転入', 'procedure:tennyu'],
    ['てんにゅう', 'procedure:tennyu'],
    ['テンニュウ', 'procedure:tennyu'],
    ['ﾃﾝﾆｭｳ', 'procedure:tennyu'],
    ['てんにゆう', 'procedure:tennyu'], // small ゅ missed
    ['てんにゅう　とどけ', 'procedure:tennyu'], // full-width space
    ['転入届け', 'procedure:tennyu'],
    ['転入とどけ', 'procedure:tennyu'],
    ['転居', 'procedure:tenkyo'],
    ['てんきょ', 'procedure:tenkyo'],
    ['転出', 'procedure:tenshutsu'],
    ['出生届', 'procedure:shussei'],
    ['しゅっしょうとどけ', 'procedure:shussei'],
    ['児童手当', 'procedure:jido-teate'],
    ['じどうてあて', 'procedure:jido-teate'],
    ['犬の登録', 'procedure:inu'],
    ['いんかん', 'procedure:inkan'],
    ['はんこ', 'procedure:inkan'],
    ['保育園', 'procedure:hoikuen'],
    ['離婚', 'procedure:rikon'],
    ['死亡届', 'procedure:shibou'],
    ['パスポート', 'document:passport'],
    ['ﾏｲﾅﾝﾊﾞｰｶｰﾄﾞ', 'document:mynumber-card'],
    ['赤羽', 'office:akabane'],
    ['あかばね', 'office:akabane'],
    ['たきのがわ', 'office:takinogawa'],
    ['区役所', 'office:honcho'],
  ])('%s → %s', (query, expected) => {
    expect(key(ja.search(query)[0])).toBe(expected)
  })

  it('「住所変更」 finds 転入届 and 転居届 among the first five', () => {
    const top = ja.search('住所変更', 5).map(key)
    expect(top).toContain('procedure:tennyu')
    expect(top).toContain('procedure:tenkyo')
  })

  it('「引っ越し」 and 「ひっこし」 put the three moving events first', () => {
    for (const query of ['引っ越し', 'ひっこし', '引越し']) {
      expect(ja.search(query, 3).map(key).sort(), query).toEqual([
        'event:move-in',
        'event:move-out',
        'event:move-within',
      ])
    }
  })

  it('「国保」 finds joining and leaving National Health Insurance first', () => {
    expect(ja.search('国保', 2).map(key).sort()).toEqual(['procedure:kokuho-join', 'procedure:kokuho-leave'])
  })

  it('a single kanji finds the titles holding it', () => {
    expect(ja.search('犬', 3).map(key)).toContain('procedure:inu')
  })
})

describe('search (en)', () => {
  it.each([
    ['moving in', 'procedure:tennyu'],
    ['moving-in notification', 'procedure:tennyu'],
    ['birth registration', 'procedure:shussei'],
    ['birth registraton', 'procedure:shussei'], // typo
    ['regstration of birth', 'procedure:shussei'], // typo, other order
    ['passport', 'document:passport'],
    ['passprt', 'document:passport'], // typo
    ['PASSPORT', 'document:passport'],
    ['ＰＡＳＳＰＯＲＴ', 'document:passport'], // full-width
    ['dog registration', 'procedure:inu'],
    ['dog', 'event:pet'],
    ['child allowance', 'procedure:jido-teate'],
    ['seal registration', 'procedure:inkan'],
    ['akabane', 'office:akabane'],
    ['転入', 'procedure:tennyu'], // Japanese from a letter, in the English UI
  ])('%s → %s', (query, expected) => {
    expect(key(en.search(query)[0])).toBe(expected)
  })

  it('"national health insurance" and "helth insurance" find joining or leaving it first', () => {
    for (const query of ['national health insurance', 'helth insurance']) {
      expect(['procedure:kokuho-join', 'procedure:kokuho-leave'], query).toContain(key(en.search(query)[0]))
    }
  })
})

describe('search finds nothing for nonsense', () => {
  it.each(['xyzzy', 'qwfpgj', 'ぬぺぽ', 'ゑゐゑゐ', '🙂🙂', '！？', '', '   ', 'a', '%E0%A4%A'])('%j', (query) => {
    expect(ja.search(query)).toEqual([])
    expect(en.search(query)).toEqual([])
  })
})

describe('search results', () => {
  it('respect the limit, best first, each entry once', () => {
    const hits = ja.search('マイナンバーカード', 4)
    expect(hits).toHaveLength(4)
    expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => b - a))
    const many = ja.search('手続き', 50).map(key)
    expect(new Set(many).size).toBe(many.length)
  })

  it('treat an odd limit sensibly', () => {
    expect(ja.search('転入', 0)).toEqual([])
    expect(ja.search('転入', -3)).toEqual([])
    expect(ja.search('転入', 2.7)).toHaveLength(2)
    expect(ja.search('転入', Number.NaN).length).toBeGreaterThan(0)
  })

  it('name only ids that exist in the catalog', () => {
    const ids = {
      procedure: new Set(catalog.procedures.map((p) => p.id)),
      event: new Set(catalog.events.map((e) => e.id)),
      office: new Set(catalog.offices.map((o) => o.id)),
      document: new Set(catalog.documents.map((d) => d.id)),
    }
    for (const query of ['転入', 'passport', '区民事務所', '証明書', 'ひっこし']) {
      for (const hit of ja.search(query, 50)) expect(ids[hit.kind].has(hit.id), `${query} → ${key(hit)}`).toBe(true)
    }
  })

  it('do not depend on a very long pasted query', () => {
    expect(() => ja.search('転入'.repeat(5000))).not.toThrow()
    expect(key(ja.search(`転入${'　'.repeat(300)}`)[0])).toBe('procedure:tennyu')
  })
})

describe('search on random input', () => {
  it('never throws and stays within the limit (3,000 random strings, lone surrogates included)', () => {
    const r = prng(99)
    for (let n = 0; n < 3000; n++) {
      const query = noise(r)
      const hits = ja.search(query, 5)
      expect(hits.length, JSON.stringify(query)).toBeLessThanOrEqual(5)
    }
  })
})

describe('search across languages and scripts', () => {
  // A small catalog whose names carry other languages inline, as the packs give them in the app.
  const names = (ja: string, others: Record<string, string>): { ja: string } => ({ ja, ...others })
  const tiny = {
    procedures: [
      {
        id: 'tennyu',
        title: names('転入届', {
          'ja-easy': '{転入届|てんにゅうとどけ}',
          en: 'Moving-in notification',
          'zh-Hans': '迁入申报',
          'zh-Hant': '遷入申報',
          ko: '전입신고',
          vi: 'Thông báo chuyển đến',
        }),
        summary: { ja: '北区に住み始めたら14日以内' },
        owner: { ja: '戸籍住民課' },
        triggers: [{ event: 'move-in' }],
      },
      {
        id: 'tenkyo',
        title: names('転居届', {
          'ja-easy': '{転居届|てんきょとどけ}',
          en: 'Change of address within Kita',
          ko: '전거신고',
          vi: 'Thông báo chuyển chỗ ở',
        }),
        summary: { ja: '区内で引っ越したら' },
        owner: { ja: '戸籍住民課' },
        triggers: [{ event: 'move-within' }],
      },
    ],
    events: [],
    offices: [],
    documents: [],
  }
  const vi = createSearch(tiny, 'vi')
  it.each(['转入', '轉入', '전입신고', 'chuyển đến', 'chuyen den', 'tennyu', 'てんにゅう', 'Moving in'])(
    '%s finds 転入届 first',
    (query) => {
      expect(vi.search(query)[0]?.id).toBe('tennyu')
    },
  )
})
