import { describe, expect, it } from 'vitest'

import { checkAll, type CheckInput } from '../../../scripts/lib/i18n-check'
import { catalogTexts, textHash } from '../../../src/catalog/text-keys'
import { checkInlineTexts, checkTranslations, entryFor, type SourceString } from '../../../src/i18n/translations'

describe('catalog text keys', () => {
  const catalog = {
    procedures: [
      {
        id: 'tennyu',
        title: { ja: '転入届', en: 'Moving-in notification' },
        triggers: [
          { event: 'move-in', due: { text: { ja: '14日以内' } } },
          { event: 'move-in', due: { text: { ja: '別の期限' } } },
        ],
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
    const swapped = {
      procedures: [
        { id: 'b', title: { ja: 'B' } },
        { id: 'tennyu', title: { ja: '転入届' } },
      ],
    }
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
    expect(check).toMatchObject({
      total: 4,
      translated: 2,
      reviewed: 1,
      missing: ['d'],
      stale: ['b'],
      unused: ['z'],
      placeholderErrors: ['a'],
      inJapanese: [],
    })
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
    const vi = checkTranslations(
      sources,
      { a: entryFor('Trong vòng {days} ngày — てんにゅう', sources[0] as SourceString) },
      'vi',
    )
    expect(vi.inJapanese).toEqual(['a'])
  })
  it('lets a termbase term through, and flags a term translated another way', () => {
    const terms = [{ ja: '在留カード', text: 'thẻ lưu trú' }]
    const check = checkTranslations(sources, { b: entryFor('Thẻ cư trú', sources[1] as SourceString) }, 'vi', terms)
    expect(check.termMismatches).toEqual(['b'])
  })
})

describe('やさしい日本語 keeps the facts and the readings', () => {
  const screens: SourceString[] = [
    { key: 'due', ja: '転入届は14日以内に出します', en: 'Within 14 days' },
    { key: 'count', ja: '{n}件の手続き', en: '{n} procedures' },
  ]
  it('reports a screen text that drops 14日 or shows kanji without a reading, with its key', () => {
    const entries = {
      due: entryFor('｜転入届《てんにゅうとどけ》を｜早《はや》く｜出《だ》します', screens[0] as SourceString),
      count: entryFor('{n}つの手続き', screens[1] as SourceString),
    }
    const check = checkTranslations(screens, entries, 'ja-easy')
    expect(check.droppedFacts).toEqual(['due: 14日 (number)'])
    expect(check.kanjiWithoutReading).toEqual(['count: 手続'])
    const kept = checkTranslations(
      screens,
      {
        due: entryFor('｜転入届《てんにゅうとどけ》は14｜日《にち》までに｜出《だ》します', screens[0] as SourceString),
      },
      'ja-easy',
    )
    expect(kept.droppedFacts).toEqual([])
    expect(kept.kanjiWithoutReading).toEqual([])
  })
  it('leaves other languages to their own checks', () => {
    const check = checkTranslations(screens, { due: entryFor('Nộp sớm', screens[0] as SourceString) }, 'vi')
    expect(check.droppedFacts).toEqual([])
  })
  it('checks catalog text written beside the Japanese the same way', () => {
    const catalog: SourceString[] = [
      { key: 'procedures.tennyu.triggers.move-in.due.text', ja: '住み始めてから14日以内' },
    ]
    const check = checkInlineTexts(catalog, new Map([[catalog[0]!.key, '{住|す}み{始|はじ}めてから すぐ']]), 'ja-easy')
    expect(check.droppedFacts).toEqual(['procedures.tennyu.triggers.move-in.due.text: 14日 (number)'])
    expect(check).toMatchObject({ total: 1, translated: 1, stale: [] })
  })
})

describe('npm run i18n -- check', () => {
  const input = (easyScreen: string, easyCatalog: string): CheckInput => ({
    languages: [
      { code: 'ja-easy', name: 'やさしい日本語' },
      { code: 'en', name: 'English' },
    ],
    screens: [{ key: 'notice.due', ja: '14日以内に届け出ます' }],
    catalog: [{ key: 'procedures.tenkyo.triggers.move-within.due.text', ja: '引っ越した日から14日以内。第一庁舎1階' }],
    screenMessages: (code) =>
      code === 'ja'
        ? { notice: { due: '14日以内に届け出ます' } }
        : code === 'ja-easy'
          ? { notice: { due: easyScreen } }
          : { notice: { due: 'Within 14 days' } },
    screenEntries: (code) => ({
      'notice.due': entryFor(code === 'ja-easy' ? easyScreen : 'Within 14 days', {
        key: 'notice.due',
        ja: '14日以内に届け出ます',
      }),
    }),
    catalogEntries: () => ({ entries: {}, problems: [] }),
    inlineTexts: (code) =>
      new Map([
        [
          'procedures.tenkyo.triggers.move-within.due.text',
          code === 'ja-easy' ? easyCatalog : 'Within 14 days of moving. Main building 1st floor',
        ],
      ]),
    terms: () => [],
  })
  it('fails on やさしい日本語 that drops a fact, in the screens and in the catalog, naming the key and the fact', () => {
    const [easy, en] = checkAll(
      input('すぐに｜届《とど》けます', '{引|ひ}っ{越|こ}したら すぐ。{第一庁舎|だいいちちょうしゃ}'),
    )
    expect(easy?.screens.errors).toEqual({ droppedFacts: ['notice.due: 14日 (number)'] })
    expect(easy?.catalog.errors).toEqual({
      droppedFacts: ['procedures.tenkyo.triggers.move-within.due.text: 14日 (number), 1階 (number)'],
    })
    expect(en?.screens.errors).toEqual({})
    expect(en?.catalog.errors).toEqual({})
  })
  it('fails on kanji without a reading, and passes text that keeps every fact', () => {
    expect(
      checkAll(
        input(
          '14日までに｜届《とど》けます',
          '{引|ひ}っ{越|こ}した{日|ひ}から14{日|にち}。{第一庁舎|だいいちちょうしゃ}1{階|かい}',
        ),
      )[0]?.screens.errors,
    ).toEqual({ kanjiWithoutReading: ['notice.due: 日'] })
    const clean = checkAll(
      input(
        '14｜日《にち》までに｜届《とど》けます',
        '{引|ひ}っ{越|こ}した{日|ひ}から14{日|にち}。{第一庁舎|だいいちちょうしゃ}1{階|かい}',
      ),
    )[0]
    expect(clean?.screens.errors).toEqual({})
    expect(clean?.catalog.errors).toEqual({})
  })
})

describe('the real やさしい日本語', () => {
  // Read once for the file, outside any test's time limit, like the other tests on the real catalog.
  const easy = checkAll().find((r) => r.code === 'ja-easy')
  it('keeps every fact of the Japanese and a reading on every kanji, in the screens and in the catalog', () => {
    for (const part of [easy?.screens, easy?.catalog]) {
      expect(part?.errors.droppedFacts ?? []).toEqual([])
      expect(part?.errors.kanjiWithoutReading ?? []).toEqual([])
    }
  })
})
