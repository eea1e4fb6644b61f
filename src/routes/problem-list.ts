/**
 * Problem lists that cannot grow with the request: the same problem once, and at most a
 * handful, with a count of the rest. A request naming 15,000 unknown values gets 20 lines back,
 * not 15,000.
 */
export const MAX_LISTED_PROBLEMS = 20

export function capProblems<T extends { name: string; reason: string }>(problems: readonly T[], max = MAX_LISTED_PROBLEMS): { listed: T[]; more: number } {
  const seen = new Set<string>()
  const unique: T[] = []
  for (const p of problems) {
    const key = `${p.name}\u0000${p.reason}`
    if (!seen.has(key)) seen.add(key), unique.push(p)
  }
  return { listed: unique.slice(0, max), more: Math.max(0, unique.length - max) }
}
