/** Finds the candidate closest to a mistyped value, for "did you mean …?" hints. */
export function closest(value: string, candidates: readonly string[]): string | undefined {
  const needle = value.toLowerCase()
  let best: string | undefined
  let bestDistance = Infinity
  for (const candidate of candidates) {
    const distance = editDistance(needle, candidate.toLowerCase())
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  // Only suggest when the typo is small relative to the word; otherwise the hint misleads.
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(needle.length / 3)) ? best : undefined
}

/** Levenshtein distance with transpositions counted as one edit (optimal string alignment). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1
  const cols = b.length + 1
  const d: number[] = new Array(rows * cols).fill(0)
  for (let i = 0; i < rows; i++) d[i * cols] = i
  for (let j = 0; j < cols; j++) d[j] = j
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min(d[(i - 1) * cols + j]! + 1, d[i * cols + j - 1]! + 1, d[(i - 1) * cols + j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, d[(i - 2) * cols + j - 2]! + 1)
      }
      d[i * cols + j] = value
    }
  }
  return d[rows * cols - 1]!
}

/**
 * The edit distance of editDistance, or max + 1 as soon as it must exceed max: a scan over a
 * whole vocabulary for a close term then costs a row or two for most terms, not a full table.
 */
export function editDistanceWithin(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  const cols = b.length + 1
  let prev2: number[] = []
  let prev: number[] = Array.from({ length: cols }, (_, j) => j)
  let prevMin = 0
  for (let i = 1; i <= a.length; i++) {
    const row: number[] = [i]
    let rowMin = i
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, prev2[j - 2]! + 1)
      row.push(value)
      if (value < rowMin) rowMin = value
    }
    // A later row is at least this row's minimum, or the one before plus one (a transposition looks back two rows).
    if (rowMin > max && prevMin >= max) return max + 1
    prev2 = prev
    prev = row
    prevMin = rowMin
  }
  return Math.min(prev[cols - 1]!, max + 1)
}
