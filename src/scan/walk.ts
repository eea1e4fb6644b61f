/**
 * Walks the flow of a scan over answer combinations: every combination where there are few
 * enough, otherwise a seeded random sample. Used by the check (no dead ends, no unreachable
 * questions) and by the property tests. Pure.
 */
import type { CompiledQuestion, Scan } from './compile.ts'
import { evaluateScan, nextQuestion, type Answers, type ScanResult } from './evaluate.ts'
import { DONT_KNOW } from './schema.ts'
import { references } from './conditions.ts'

export interface DeadEnd {
  answers: Answers
  reason: string
}
export interface WalkReport {
  exhaustive: boolean
  paths: number
  deadEnds: DeadEnd[]
  /** Questions shown on at least one path. */
  shown: Set<string>
}

/** The answers a question can get: each option; for multi every non-empty set without weet-niet, and weet-niet alone. */
export function choicesOf(q: CompiledQuestion): (string | string[])[] {
  const ids = q.options.map((o) => o.id)
  if (q.type === 'single') return ids
  const others = ids.filter((id) => id !== DONT_KNOW)
  const sets: string[][] = [[DONT_KNOW]]
  for (let mask = 1; mask < 1 << others.length; mask++) sets.push(others.filter((_, i) => mask & (1 << i)))
  return sets
}

/** A small deterministic random generator (mulberry32), so a failing sample can be replayed. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Why a finished path is a dead end, or undefined when it ends in a result. */
function judge(scan: Scan, answers: Answers): string | undefined {
  let result: ScanResult
  try {
    result = evaluateScan(scan, answers)
  } catch (e) {
    return `the evaluator failed: ${(e as Error).message}`
  }
  if (!result.rules.length && !result.signals.length) return 'the result has no rule and no signal'
  return undefined
}

/** Follows the flow from some answers, choosing with `pick`; calls `leaf` at the end of each path. */
function follow(scan: Scan, answers: Answers, shown: Set<string>, pick: (q: CompiledQuestion) => (string | string[])[], leaf: (a: Answers) => boolean): boolean {
  if (Object.keys(answers).length > scan.questions.length) return leaf(answers)
  const next = nextQuestion(scan, answers)
  if (next.done) return leaf(answers)
  shown.add(next.question.id)
  for (const choice of pick(next.question)) {
    if (!follow(scan, { ...answers, [next.question.id]: choice }, shown, pick, leaf)) return false
  }
  return true
}

/** Counts the paths of the flow, stopping once there are more than `limit`. */
export function countPaths(scan: Scan, limit: number): number {
  let n = 0
  follow(scan, {}, new Set(), choicesOf, () => ++n <= limit)
  return n
}

/** Walks every path when there are at most `limit`, otherwise `samples` random paths from `seed`. */
export function walkScan(scan: Scan, { limit = 20_000, samples = 2_000, seed = 1 } = {}): WalkReport {
  const shown = new Set<string>()
  const deadEnds: DeadEnd[] = []
  const record = (answers: Answers) => {
    const reason = judge(scan, answers)
    if (reason && deadEnds.length < 20) deadEnds.push({ answers, reason })
    return true
  }
  if (countPaths(scan, limit) <= limit) {
    let paths = 0
    follow(scan, {}, shown, choicesOf, (a) => (paths++, record(a)))
    return { exhaustive: true, paths, deadEnds, shown }
  }
  const random = seeded(seed)
  for (let i = 0; i < samples; i++) {
    follow(scan, {}, shown, (q) => {
      const choices = choicesOf(q)
      return [choices[Math.floor(random() * choices.length)]!]
    }, record)
  }
  return { exhaustive: false, paths: samples, deadEnds, shown }
}

/**
 * The questions that can be shown at all. Only the questions that some show_if depends on
 * (directly or through derived names) are branched on; the others get their first option, so
 * the search stays small and is exact for visibility.
 */
export function reachableQuestions(scan: Scan, limit = 200_000): Set<string> | undefined {
  const steering = new Set<string>()
  const depsOfName = (name: string, seen = new Set<string>()): void => {
    if (seen.has(name)) return
    seen.add(name)
    const cond = scan.derived.get(name)
    if (!cond) return
    const refs = references(cond)
    refs.questions.forEach((q) => steering.add(q.id))
    refs.names.forEach((n) => depsOfName(n.name, seen))
  }
  for (const q of scan.questions) {
    if (!q.showIf) continue
    const refs = references(q.showIf)
    refs.questions.forEach((r) => steering.add(r.id))
    refs.names.forEach((n) => depsOfName(n.name))
  }
  const shown = new Set<string>()
  let leaves = 0
  const complete = follow(scan, {}, shown, (q) => (steering.has(q.id) ? choicesOf(q) : [choicesOf(q)[0]!]), () => ++leaves <= limit)
  return complete ? shown : undefined
}
