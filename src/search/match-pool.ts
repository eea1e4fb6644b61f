/**
 * Matches of a query part, as both in-memory indexes (names and bodies) produce them: the
 * documents matched and a score per document in an array as long as the corpus. The arrays
 * come from a pool and go back zeroed (only the matched entries), so a query allocates next
 * to nothing even when a common word matches every document.
 */

/** Documents matched, and their score by document number (zero when not matched). */
export interface Match {
  docs: number[]
  score: Float64Array
}

export function createMatchPool(count: number) {
  const free: Float64Array[] = []
  const acquire = () => free.pop() ?? new Float64Array(count)
  const release = (match: Match) => {
    for (const d of match.docs) match.score[d] = 0
    free.push(match.score)
  }
  const empty = (): Match => ({ docs: [], score: acquire() })

  /** Documents in any part; scores added. Consumes the parts. */
  const or = (parts: Match[]): Match => {
    if (!parts.length) return empty()
    const [first, ...rest] = parts as [Match, ...Match[]]
    for (const part of rest) {
      for (const d of part.docs) {
        if (first.score[d] === 0) first.docs.push(d)
        first.score[d]! += part.score[d]!
      }
      release(part)
    }
    return first
  }

  /** Documents in every part; scores added. Consumes the parts. */
  const and = (parts: Match[]): Match => {
    if (!parts.length) return empty()
    // Walk the smallest part, keep what every other part has too.
    parts.sort((a, b) => a.docs.length - b.docs.length)
    const [smallest, ...others] = parts as [Match, ...Match[]]
    const match = empty()
    for (const d of smallest.docs) {
      let sum = smallest.score[d]!
      let all = true
      for (const other of others) {
        const s = other.score[d]!
        if (s === 0) {
          all = false
          break
        }
        sum += s
      }
      if (all) {
        match.docs.push(d)
        match.score[d] = sum
      }
    }
    for (const part of parts) release(part)
    return match
  }

  /** A zeroed array to use and give back with `giveBack`, for accumulating before scoring. */
  const scratch = acquire
  const giveBack = (array: Float64Array) => free.push(array)

  return { empty, release, or, and, scratch, giveBack }
}

export type MatchPool = ReturnType<typeof createMatchPool>
