// ≥ 10,000 damaged, hostile or random answer strings through the answers encoding and the navigator,
// as links arrive in the wild. Seeded: a failure names its case number and replays the same way.
import { describe, expect, it } from 'vitest'

import { answerKeys, parseAnswers } from '../../../src/answers/encoding'
import { answerSchema } from '../../../src/catalog/answer-schema'
import { createNavigator, type NaviResult } from '../../../src/navigator/navigate'
import { realCatalog } from '../../helpers/catalog'
import { mutate, noise, prng, VALID_SEEDS, validAnswers } from './mutate'

const catalog = realCatalog()
const schema = answerSchema(catalog)
const navigate = createNavigator(catalog)
// Every key an answer may have: each question, and one date per event (date.move-in).
const questionIds = new Set(answerKeys(schema).keys())
const procedureIds = new Set(catalog.procedures.map((p) => p.id))

const CASES = 10_000
const SEED = 20261125

function cases(): string[] {
  const r = prng(SEED)
  const out: string[] = [...VALID_SEEDS]
  while (out.length < CASES) {
    const roll = r()
    if (roll < 0.1) out.push(noise(r))
    else if (roll < 0.3) out.push(mutate(validAnswers(r, catalog), r))
    else out.push(mutate(VALID_SEEDS[Math.floor(r() * VALID_SEEDS.length)] ?? '', r))
  }
  return out
}

/** What is wrong with one case, or null: the contract a resident relies on when a link is damaged. */
function check(query: string): string | null {
  let parsed: ReturnType<typeof parseAnswers>
  let result: NaviResult
  try {
    parsed = parseAnswers(query, schema)
    result = navigate(parsed.answers)
  } catch (e) {
    return `threw ${(e as Error).message}`
  }
  for (const key of Object.keys(parsed.answers)) if (!questionIds.has(key)) return `kept unknown key "${key}"`
  if (Object.getPrototypeOf(parsed.answers) !== Object.prototype) return 'answers object has a new prototype'
  const tooLong = parsed.issues.find((i) => i.code === 'too-long')
  // Too long: read up to the limit, and the issue names what was not read (never silently dropped).
  if (tooLong && query.length <= 2001) return 'too-long for a link within the limit'
  if (!tooLong && query.replace(/^\?/, '').length > 2000) return 'over-long link read without saying so'
  for (const issue of parsed.issues.filter((i) => i !== tooLong)) {
    // Empty keys ("=x", "=&=&") are the known gap tested below.
    if (!issue.key) continue
    if (!issue.message.includes(issue.key)) return `issue message does not name "${issue.key}": ${issue.message}`
    if (issue.code !== 'unknown-key' && !questionIds.has(issue.key))
      return `${issue.code} names a key that cannot be asked again: "${issue.key}"`
  }
  if (!Array.isArray(result.procedures) || !result.procedures.every((p) => procedureIds.has(p.id)))
    return 'result lists an unknown procedure'
  for (const key of result.questions) if (!questionIds.has(key)) return `result asks an unknown question "${key}"`
  // What survived must be a clean link again: it re-parses without issues to the same answers.
  const again = parseAnswers(result.answers, schema)
  if (again.issues.length)
    return `canonical form "${result.answers}" re-parses with issues: ${again.issues[0]?.message}`
  if (navigate(again.answers).answers !== result.answers) return `canonical form "${result.answers}" is not stable`
  return null
}

describe('answers fuzz (parseAnswers → navigate on the real catalog)', () => {
  const all = cases()
  const before = Object.getOwnPropertyNames(Object.prototype).sort()

  it(`never throws, and every damaged link yields a result or issues naming a key (${CASES} cases)`, () => {
    const failures: string[] = []
    all.forEach((query, n) => {
      const problem = check(query)
      if (problem) failures.push(`#${n} ${JSON.stringify(query.slice(0, 120))}: ${problem}`)
    })
    expect(failures.slice(0, 10), `${failures.length} of ${all.length} cases failed`).toEqual([])
    // 10,000 parses and navigations: a few seconds on a quiet machine, several times that on a busy one.
  }, 120_000)

  it('leaves Object.prototype alone (no __proto__ or constructor pollution)', () => {
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  // A pair with an empty key holds no answer: it is skipped, not reported with a key it does not have.
  it('skips pairs with an empty key instead of reporting them with a wrong hint', () => {
    for (const query of ['=x', '=&=&', 'events=birth&=', '&=&events=birth']) {
      expect(
        parseAnswers(query, schema).issues.filter((i) => i.key === ''),
        query,
      ).toEqual([])
    }
  })

  it('reads every valid seed without an issue', () => {
    for (const query of VALID_SEEDS) expect(parseAnswers(query, schema).issues, query).toEqual([])
  })

  it('generates what it claims: hostile inputs are in the mix', () => {
    expect(all.length).toBeGreaterThanOrEqual(10_000)
    expect(new Set(all).size).toBeGreaterThan(9_000)
    for (const probe of ['__proto__', 'constructor', '%E0%A4%A', '=&=&'])
      expect(
        all.some((q) => q.includes(probe)),
        probe,
      ).toBe(true)
    expect(all.some((q) => q.length > 5_000)).toBe(true)
    expect(all.some((q) => /(^|&)(events=[^&]*)&.*\2/.test(q) || /(^|&)events=.*&events=/.test(q))).toBe(true)
  })
})
