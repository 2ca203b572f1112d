// The inverted index: each gram lists the entries holding it, with the weight of the best text it
// occurs in. A query visits only those lists, so its cost follows the matches, not the catalog's size.
import type { Entry } from './entries'
import { grams, isUnigram } from './grams'

/**
 * Postings in one block (compressed sparse rows): row `r`'s entries are `entries[from[r] … from[r + 1])`,
 * those where the gram is in a title (strong) before `split[r]`, the others after, each part in entry
 * order. A few flat typed arrays build far faster than a small array per gram.
 */
export interface InvertedIndex {
  size: number
  /** Gram → row. */
  rows: Map<number, number>
  from: Int32Array
  split: Int32Array
  entries: Int32Array
  weights: Float32Array
  /** 1 / the size (in grams) of the shortest title text holding the gram: summed, how much of a title the query covers. */
  titleShare: Float32Array
  idf: Float64Array
  /** The highest weight of a posting after the split: what an entry without a strong match can reach. */
  weakMax: number
  /** A small lift for procedures others follow: 転入届 before 転入学 when both match 「転入」. */
  prior: Float32Array
  /** At most 1: documents rank just below the procedure they are named after. */
  boost: Float32Array
}

/** The most the prior adds to a score. */
export const FOLLOWERS = 0.05
/** A resident typing 「児童手当」 means the procedure; its claim form comes next. */
const KIND_BOOST: Record<Entry['kind'], number> = { procedure: 1, event: 1, office: 1, document: 0.95 }
/** Postings at least this heavy are title matches, in any language. */
const STRONG = 0.5

export function buildIndex(list: readonly Entry[]): InvertedIndex {
  const rows = new Map<number, number>()
  // One posting per (gram, entry), in entry order; `lastEntry`/`slot` find an entry's posting for a gram.
  const postingRow: number[] = []
  const postingEntry: number[] = []
  const postingWeight: number[] = []
  const postingShare: number[] = []
  const lastEntry: number[] = []
  const lastText: number[] = []
  const slot: number[] = []
  let textNumber = 0
  list.forEach((entry, e) => {
    for (const text of entry.texts) {
      const gs = grams(text.text, { kanji: text.title })
      let distinct = 0
      textNumber++
      const rowsOfText: number[] = []
      for (const g of gs) {
        let row = rows.get(g)
        if (row === undefined) {
          row = lastEntry.length
          rows.set(g, row)
          lastEntry.push(-1)
          lastText.push(-1)
          slot.push(-1)
        }
        rowsOfText.push(row)
        if (lastText[row] !== textNumber && !isUnigram(g)) distinct++
        lastText[row] = textNumber
      }
      const share = text.title ? 1 / Math.max(1, distinct) : 0
      for (let j = 0; j < gs.length; j++) {
        const g = gs[j]!
        const row = rowsOfText[j]!
        let at = slot[row]!
        if (lastEntry[row] !== e) {
          at = postingRow.length
          lastEntry[row] = e
          slot[row] = at
          postingRow.push(row)
          postingEntry.push(e)
          postingWeight.push(text.weight)
          postingShare.push(0)
        } else if (postingWeight[at]! < text.weight) {
          postingWeight[at] = text.weight
        }
        if (share > postingShare[at]! && !isUnigram(g)) postingShare[at] = share
      }
    }
  })
  // Counting sort of the postings by row, strong ones first; entry order within each part is kept.
  const count = rows.size
  const from = new Int32Array(count + 1)
  const strongCount = new Int32Array(count)
  let weakMax = 0
  for (let i = 0; i < postingRow.length; i++) {
    const row = postingRow[i]!
    from[row + 1]! += 1
    if (postingWeight[i]! >= STRONG) strongCount[row]! += 1
    else weakMax = Math.max(weakMax, postingWeight[i]!)
  }
  for (let r = 0; r < count; r++) from[r + 1]! += from[r]!
  const split = new Int32Array(count)
  for (let r = 0; r < count; r++) split[r] = from[r]! + strongCount[r]!
  const nextStrong = from.slice(0, count)
  const nextWeak = split.slice()
  const entries = new Int32Array(postingRow.length)
  const weights = new Float32Array(postingRow.length)
  const titleShare = new Float32Array(postingRow.length)
  for (let i = 0; i < postingRow.length; i++) {
    const row = postingRow[i]!
    const at = postingWeight[i]! >= STRONG ? nextStrong[row]!++ : nextWeak[row]!++
    entries[at] = postingEntry[i]!
    weights[at] = postingWeight[i]!
    titleShare[at] = postingShare[i]!
  }
  const idf = new Float64Array(count)
  for (let r = 0; r < count; r++) idf[r] = Math.log(1 + list.length / (from[r + 1]! - from[r]!))
  const maxFollowers = Math.max(1, ...list.map((e) => e.followers))
  const prior = Float32Array.from(list, (e) => (FOLLOWERS * Math.log1p(e.followers)) / Math.log1p(maxFollowers))
  const boost = Float32Array.from(list, (e) => KIND_BOOST[e.kind])
  return { size: list.length, rows, from, split, entries, weights, titleShare, idf, weakMax, prior, boost }
}
