export interface Scored {
  entry: number
  score: number
}

/** The best `limit` entries seen, kept sorted best first. */
export class TopK {
  private readonly scores: number[] = []
  private readonly entries: number[] = []
  /** Scores below this cannot get in: 0 (nothing negative) until the list is full, then its last score. */
  private floor = 0
  constructor(private readonly limit: number) {}

  offer(entry: number, score: number) {
    if (score < this.floor) return
    const size = this.scores.length
    if (size === this.limit && !this.before(score, entry, size - 1)) return
    let at = size
    if (size < this.limit) {
      this.scores.push(score)
      this.entries.push(entry)
    } else {
      at = size - 1
    }
    for (; at > 0 && this.before(score, entry, at - 1); at--) {
      this.scores[at] = this.scores[at - 1]!
      this.entries[at] = this.entries[at - 1]!
    }
    this.scores[at] = score
    this.entries[at] = entry
    if (this.scores.length === this.limit) this.floor = this.scores[this.limit - 1]!
  }

  /** Higher score first; on a tie, the entry that comes first in the catalog. */
  private before(score: number, entry: number, at: number): boolean {
    const other = this.scores[at]!
    return score > other || (score === other && entry < this.entries[at]!)
  }

  /** The score a new entry must beat to be kept, once the list is full. */
  bar(): number {
    return this.scores.length === this.limit ? this.floor : -Infinity
  }

  list(): Scored[] {
    const out: Scored[] = []
    for (let i = 0; i < this.scores.length; i++) out.push({ entry: this.entries[i]!, score: this.scores[i]! })
    return out
  }
}
