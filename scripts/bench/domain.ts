// The pure domain's speed on the real catalog and on a generated 1,700-procedure one: the navigator
// (answers → result) and the search (index build, query).
import { parseAnswers } from '../../src/answers/encoding'
import type { Answers } from '../../src/answers/types'
import { answerSchema } from '../../src/catalog/answer-schema'
import type { Catalog } from '../../src/catalog/schema'
import { createNavigator } from '../../src/navigator/navigate'
import { createSearch } from '../../src/search'
import { median, ms, pairedMedianMs } from './timing'

/** Situations residents come with, as result-page URLs hold them. */
export const ANSWERS = [
  'events=move-in&date=2026-12-21&from=other-city&insurance=kokuho&ages=35,33,4,0&card=yes&nationality=japan',
  'events=move-in&date=2026-12-01&from=other-city&insurance=kokuho&ages=34,5',
  'events=move-in,birth&date=2026-12-20&from=other-city&insurance=kokuho&ages=34,0',
  'events=move-in&date=2026-04-01&from=abroad&nationality=other&insurance=none&ages=28',
  'events=move-within&date=2026-12-28&card=yes&dog=yes&ages=40,38,7',
  'events=move-out&date=2027-03-31&to=other-city&insurance=kokuho&ages=45,44,15',
  'events=move-out&date=2027-01-10&to=abroad&nationality=japan&ages=30',
  'events=birth&date=2026-12-20&insurance=kokuho&ages=0',
  'events=birth&date=2026-11-03&insurance=employee&ages=32,0',
  'events=pregnancy',
  'events=marriage&date=2026-06-06&card=yes&namechange=yes',
  'events=divorce&date=2026-09-30&card=yes&namechange=yes&ages=36,8,5',
  'events=death&date=2026-01-04&insurance=koki&ages=82',
  'events=death&date=2026-02-14&insurance=kokuho&ages=70',
  'events=job-start&date=2026-04-01&insurance=kokuho&ages=23',
  'events=job-leave&date=2026-03-31&insurance=employee&ages=59',
  'events=nursery&ages=1',
  'events=school&ages=6',
  'events=care&ages=80',
  'events=pet&date=2026-05-01',
  'events=residence-renewal&date=2026-08-01&nationality=other',
  'events=move-in,job-leave&date=2026-04-01&from=other-city&insurance=none&ages=29',
]

/** What residents type: kanji, kana, half-width, typos, English names, and one that finds nothing. */
export const QUERIES = [
  '転入',
  'てんにゅう',
  'ﾃﾝｼｭﾂ',
  '住所変更',
  'ひっこし',
  '児童手当',
  'こくほ',
  '国民健康保険',
  'マイナンバーカード',
  '犬の登録',
  'いんかん',
  'パスポート',
  'しゅっしょうとどけ',
  '保育園',
  '年金',
  '赤羽',
  '介護',
  '死亡届',
  'passport',
  'xyzzy',
]

export function parsedAnswers(catalog: Catalog, log: (s: string) => void): Answers[] {
  const schema = answerSchema(catalog)
  return ANSWERS.map((query) => {
    const { answers, issues } = parseAnswers(query, schema)
    if (issues.length) log(`warning: bench answers "${query}": ${issues.map((i) => i.message).join('; ')}`)
    return answers
  })
}

/** Median ms per result, navigator built once per catalog; the catalogs are timed side by side. */
export function navigatorMs(catalogs: readonly Catalog[], log: (s: string) => void): number[] {
  const runs = catalogs.map((catalog) => {
    const navigate = createNavigator(catalog)
    const answers = parsedAnswers(catalog, log)
    return (i: number) => navigate(answers[i] ?? {})
  })
  return pairedMedianMs(
    ANSWERS.map((_, i) => i),
    runs,
  ).map(ms)
}

export interface SearchTiming {
  entries: number
  /** The first index build of this catalog in this process (for the first catalog, before the JIT has seen the code). */
  firstBuildMs: number
  buildMs: number
  queryMs: number
}

/** Index build times per catalog, then median ms per query (limit 10), the catalogs timed side by side. */
export function searchTiming(catalogs: readonly Catalog[]): SearchTiming[] {
  const built = catalogs.map((catalog) => {
    let t = performance.now()
    const search = createSearch(catalog, 'ja')
    const firstBuildMs = performance.now() - t
    const builds: number[] = []
    for (let i = 0; i < 5; i++) {
      t = performance.now()
      createSearch(catalog, 'ja')
      builds.push(performance.now() - t)
    }
    const entries =
      catalog.procedures.length + catalog.events.length + catalog.offices.length + catalog.documents.length
    return { search, entries, firstBuildMs: ms(firstBuildMs), buildMs: ms(median(builds)) }
  })
  const queryMs = pairedMedianMs(
    QUERIES,
    built.map(
      ({ search }) =>
        (q: string) =>
          search.search(q, 10),
    ),
  )
  return built.map(({ entries, firstBuildMs, buildMs }, k) => ({
    entries,
    firstBuildMs,
    buildMs,
    queryMs: ms(queryMs[k] ?? NaN),
  }))
}
