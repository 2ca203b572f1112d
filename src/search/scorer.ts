// Scoring a query against the inverted index: coverage of the query, weighted by where each gram
// matched, plus how much of a title the query covers. Pure: no Vue, no DOM.
import { grams } from './grams'
import { FOLLOWERS, type InvertedIndex } from './inverted-index'
import { type Scored, TopK } from './top-k'

export type { Scored } from './top-k'

/** Share of the query (by gram weight) an entry must contain: typos pass, nonsense does not. */
const MIN_COVERAGE = 0.45
const TITLE_FIT = 0.3

/**
 * Scores the entries sharing grams with the query and returns the best `limit`, best first.
 *
 * Exact, but without turning every entry that shares a common gram into a candidate:
 * 1. the query's grams are taken rarest first; the "essential" ones are those an entry must hold at
 *    least one of to reach MIN_COVERAGE (the rest together weigh less than that);
 * 2. the title (strong) postings of essential grams make candidates; the `limit`-th score so far is
 *    the bar;
 * 3. their weak postings make candidates only if one found this way could still pass the bar;
 * 4. the other grams' postings only add to candidates already found.
 * `exhaustive` turns all of this off, for the test that proves it changes nothing.
 */
export function createScorer(index: InvertedIndex, { exhaustive = false } = {}) {
  const { rows, from, split, entries, weights, titleShare, idf, prior, boost } = index
  const unseenIdf = Math.log(1 + index.size)
  // Accumulators reused by every query; `touched` lists the entries to score and then reset.
  const acc: Accumulators = {
    matched: new Float64Array(index.size),
    weighted: new Float64Array(index.size),
    titleCover: new Float32Array(index.size),
    touched: new Int32Array(index.size),
    count: 0,
    updates: 0,
  }
  const { matched, weighted, titleCover, touched } = acc
  const walk = (row: number, start: number, end: number, create: boolean) => {
    acc.count = addPostings(entries, weights, titleShare, start, end, idf[row]!, create, acc)
  }
  const scoreOf = (e: number, total: number) => {
    const coverage = matched[e]! / total
    const fit = Math.min(1, titleCover[e]!)
    if (coverage < MIN_COVERAGE) return -1
    // To single precision, so that sums taken in another order tie exactly and ties go to catalog order.
    return Math.fround((weighted[e]! / total + TITLE_FIT * fit) * coverage * boost[e]! + prior[e]!)
  }

  return function score(query: string, limit: number): Scored[] {
    const known: number[] = []
    let total = 0
    for (const g of new Set(grams(query))) {
      const row = rows.get(g)
      total += row === undefined ? unseenIdf : idf[row]!
      if (row !== undefined) known.push(row)
    }
    known.sort((a, b) => idf[b]! - idf[a]!)
    let rest = 0
    for (const row of known) rest += idf[row]!
    let essential = 0
    for (; essential < known.length && (exhaustive || rest / total >= MIN_COVERAGE); essential++)
      rest -= idf[known[essential]!]!
    const essentialShare = 1 - rest / total

    acc.count = 0
    for (let k = 0; k < essential; k++) walk(known[k]!, from[known[k]!]!, split[known[k]!]!, true)
    // An entry with no title match among the essential grams scores at most this: weak matches of
    // those, anything of the others (less than MIN_COVERAGE of the query), a title covered by the
    // others if there are any, the prior. Checking costs a pass over the candidates, so it is done
    // only when the weak postings are the longer list.
    const ceiling =
      index.weakMax * essentialShare + (1 - essentialShare) + (essential < known.length ? TITLE_FIT : 0) + FOLLOWERS
    let weak = 0
    for (let k = 0; k < essential; k++) weak += from[known[k]! + 1]! - split[known[k]!]!
    let open = true
    let partial: TopK | undefined
    if (!exhaustive && weak > acc.count) {
      partial = new TopK(limit)
      for (let i = 0; i < acc.count; i++) partial.offer(touched[i]!, scoreOf(touched[i]!, total))
      open = partial.bar() <= ceiling + 1e-6 // scores are rounded to single precision
    }
    acc.updates = 0
    for (let k = 0; k < essential; k++) walk(known[k]!, split[known[k]!]!, from[known[k]! + 1]!, open)
    for (let k = essential; k < known.length; k++) walk(known[k]!, from[known[k]!]!, from[known[k]! + 1]!, false)

    // When the later postings added nothing, the partial scores are the final ones.
    const top = partial && acc.updates === 0 ? partial : new TopK(limit)
    for (let i = 0; i < acc.count; i++) {
      const e = touched[i]!
      if (top !== partial) top.offer(e, scoreOf(e, total))
      matched[e] = 0
      weighted[e] = 0
      titleCover[e] = 0
    }
    return top.list()
  }
}

interface Accumulators {
  matched: Float64Array
  weighted: Float64Array
  titleCover: Float32Array
  touched: Int32Array
  count: number
  /** Postings added since last reset. */
  updates: number
}

/** The hot loop, on its arguments only (no closure state), which V8 compiles into tight code. */
function addPostings(
  entries: Int32Array,
  weights: Float32Array,
  titleShare: Float32Array,
  start: number,
  end: number,
  weight: number,
  create: boolean,
  acc: Accumulators,
): number {
  const { matched, weighted, titleCover, touched } = acc
  let count = acc.count
  let updates = 0
  for (let i = start; i < end; i++) {
    const e = entries[i]!
    if (matched[e] === 0) {
      if (!create) continue
      touched[count++] = e
    }
    matched[e]! += weight
    weighted[e]! += weight * weights[i]!
    titleCover[e]! += titleShare[i]!
    updates++
  }
  acc.updates += updates
  return count
}
