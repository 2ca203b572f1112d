import { describe, expect, it } from 'vitest'
import { catalogTexts, textHash } from '../../../src/catalog/text-keys'
import { checkTranslations, entryFor, type SourceString } from '../../../src/i18n/translations'

describe('catalog text keys', () => {
  const catalog = {
    procedures: [
      {
        id: 'tennyu',
        title: { ja: '転入届', en: 'Moving-in notification' },
        triggers: [{ event: 'move-in', due: { text: { ja: '14日以内' } } }, { event: 'move-in', due: { text: { ja: '別の期限' } } }],
        warnings: [{ ja: '一つ目' }, { ja: '二つ目' }],
        uncertain: [{ ja: '未確認' }],
      },
    ],
  }
  it('names a text by the ids on its path, and tells apart two items with one name by place', () => {
    expect(catalogTexts(catalog).map((t) => t.key)).toEqual([
      'procedures.tennyu.title',
      'procedures.tennyu.triggers.move-in.due.text',
      'procedures.tennyu.triggers.move-in~1.due.text',
      'procedures.tennyu.warnings.0',
      'procedures.tennyu.warnings.1',
      'procedures.tennyu.uncertain.0',
    ])
  })
  it('keeps a key when the list around it is reordered', () => {
    const swapped = { procedures: [{ id: 'b', title: { ja: 'B' } }, { id: 'tennyu', title: { ja: '転入届' } }] }
    expect(catalogTexts(swapped).find((t) => t.node.ja === '転入届')?.key).toBe('procedures.tennyu.title')
  })
  it('hashes a text so that any change shows', () => {
    expect(textHash('14日以内')).toMatch(/^[0-9a-f]{8}$/)
    expect(textHash('14日以内')).toBe(textHash('14日以内'))
    expect(textHash('14日以内')).not.toBe(textHash('15日以内'))
  })
})

describe('checking a language', () => {
  const sources: SourceString[] = [
    { key: 'a', ja: '転入届は{days}日以内', en: 'Within {days} days' },
    { key: 'b', ja: '在留カード', en: 'Residence card' },
    { key: 'c', ja: '封筒に「在留カード等返納」と書きます', en: 'Write 「在留カード等返納」 on the envelope' },
    { key: 'd', ja: '言語 / Language', en: 'Language' },
  ]
  it('counts translated, stale, missing and unused texts, and finds broken ones', () => {
    const entries = {
      a: entryFor('Trong vòng {day} ngày', sources[0] as SourceString),
      b: { text: 'Thẻ lưu trú', hash: textHash('古い原文'), status: 'translated' as const },
      c: entryFor('Viết 「在留カード等返納」 lên phong bì', sources[2] as SourceString, 'reviewed'),
      z: entryFor('?', { key: 'z', ja: 'z' }),
    }
    const check = checkTranslations(sources, entries, 'vi')
    expect(check).toMatchObject({ total: 4, translated: 2, reviewed: 1, missing: ['d'], stale: ['b'], unused: ['z'], placeholderErrors: ['a'], inJapanese: [] })
  })
  it('finds Japanese or English left in a translation, but not what the source itself holds', () => {
    const entries = {
      a: entryFor('{days}天以内 转入届', sources[0] as SourceString),
      b: entryFor('Residence card', sources[1] as SourceString),
      d: entryFor('语言 / Language', sources[3] as SourceString),
    }
    const zh = checkTranslations(sources, entries, 'zh-Hans')
    expect(zh.inJapanese).toEqual([])
    expect(zh.inEnglish).toEqual(['b'])
    const vi = checkTranslations(sources, { a: entryFor('Trong vòng {days} ngày — てんにゅう', sources[0] as SourceString) }, 'vi')
    expect(vi.inJapanese).toEqual(['a'])
  })
  it('lets a termbase term through, and flags a term translated another way', () => {
    const terms = [{ ja: '在留カード', text: 'thẻ lưu trú' }]
    const check = checkTranslations(sources, { b: entryFor('Thẻ cư trú', sources[1] as SourceString) }, 'vi', terms)
    expect(check.termMismatches).toEqual(['b'])
  })
})
