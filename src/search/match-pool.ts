/**
 * Matches of a query part, as both in-memory indexes (names and bodies) produce them: the
 * documents matched, in an array with a length, and a score per document in an array as long
 * as the corpus. Both arrays come from a pool and go back cleared (only the matched entries),
 * so a query allocates next to nothing even when a common word matches every document; what a
 * query does not allocate, the collector never has to find (see README, Zoeken).
 */

/** Documents matched (docs[0 … length − 1]), and their score by document number (zero when not matched). */
export interface Match {
  docs: Int32Array
  length: number
  score: Float64Array
}

export function createMatchPool(count: number) {
  const freeDocs: Int32Array[] = []
  const freeScores: Float64Array[] = []
  const empty = (): Match => ({ docs: freeDocs.pop() ?? new Int32Array(count), length: 0, score: freeScores.pop() ?? new Float64Array(count) })
  const release = (match: Match) => {
    const { docs, score } = match
    for (let i = 0; i < match.length; i++) score[docs[i]!] = 0
    match.length = 0
    freeDocs.push(docs)
    freeScores.push(score)
  }

  /** Documents in any part; scores added. Consumes the parts. */
  const or = (parts: Match[]): Match => {
    if (!parts.length) return empty()
    const [first, ...rest] = parts as [Match, ...Match[]]
    for (const part of rest) {
      for (let i = 0; i < part.length; i++) {
        const d = part.docs[i]!
        if (first.score[d] === 0) first.docs[first.length++] = d
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
    parts.sort((a, b) => a.length - b.length)
    const [smallest, ...others] = parts as [Match, ...Match[]]
    const match = empty()
    for (let i = 0; i < smallest.length; i++) {
      const d = smallest.docs[i]!
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
        match.docs[match.length++] = d
        match.score[d] = sum
      }
    }
    for (const part of parts) release(part)
    return match
  }

  return { empty, release, or, and }
}

export type MatchPool = ReturnType<typeof createMatchPool>
