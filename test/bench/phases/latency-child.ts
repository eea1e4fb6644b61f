/**
 * Phase 2, all engines in one process: recall on the planted targets, then the latency
 * passes. Each pass runs the queries in a new seeded order and sends every query to every
 * engine, rotating which engine goes first, so machine noise hits all engines alike.
 * Arguments: size seed passes warmup budgetMinutes engine,engine,…
 * After the first pass, another pass starts only if it is expected to end within the budget,
 * so a slow engine cannot stretch the run without limit; the report shows the passes run.
 */
import { generateCorpus, RECALL_TYPES, type RecallType } from '../corpus.ts'
import { engineByName } from '../engines/index.ts'
import type { BuiltEngine } from '../engines/types.ts'
import { createRng, deriveSeed, shuffled } from '../prng.ts'
import { buildLatencyQueries, buildRecallQueries, LATENCY_KINDS, type LatencyKind } from '../queries.ts'
import { summarize, type LatencySummary } from '../stats.ts'
import { atExit, failLoudly, reply } from './child.ts'

export interface CorpusStats {
  docs: number
  bodyWords: number
  uniqueTerms: number
  textMB: number
}

export interface PassResult {
  /** engine → summary over all queries of the pass */
  overall: Record<string, LatencySummary>
  /** engine → kind → summary */
  byKind: Record<string, Record<LatencyKind, LatencySummary>>
}

export interface LatencyResult {
  corpus: CorpusStats
  warmup: number
  targets: number
  /** engine → recall type → [found, asked] */
  recall: Record<string, Record<RecallType, [number, number]>>
  /** engine → recall queries whose target was not in the top 10, for the report's footnotes */
  misses: Record<string, string[]>
  passes: PassResult[]
}

failLoudly()
const [size = '1000', seed = '0', passes = '3', warmup = '100', budget = '6', names = ''] = process.argv.slice(2)
const seedN = Number(seed)
const corpus = generateCorpus(Number(size), seedN)
const engines: [string, BuiltEngine][] = []
for (const name of names.split(',')) {
  console.error(`  [latency ${size}] building ${name}`)
  const built = await engineByName(name).build(corpus.docs)
  atExit(() => built.close())
  engines.push([name, built])
}

const recall: LatencyResult['recall'] = {}
const misses: LatencyResult['misses'] = {}
for (const [name, engine] of engines) {
  const counts = Object.fromEntries(RECALL_TYPES.map((t) => [t, [0, 0]])) as Record<RecallType, [number, number]>
  misses[name] = []
  for (const { type, q, expected } of buildRecallQueries(corpus.targets)) {
    const hit = (await engine.search(q)).includes(expected)
    counts[type][0] += hit ? 1 : 0
    counts[type][1] += 1
    if (!hit) misses[name]!.push(`${type}: ${q}`)
  }
  recall[name] = counts
}

const queries = buildLatencyQueries(seedN)
/** Sends each query to every engine, rotating the order; returns engine → per-query times. */
async function runPass(list: typeof queries): Promise<number[][]> {
  const times = engines.map(() => new Array<number>(list.length))
  for (let i = 0; i < list.length; i++) {
    for (let j = 0; j < engines.length; j++) {
      const e = (i + j) % engines.length
      const started = performance.now()
      await engines[e]![1].search(list[i]!.q)
      times[e]![i] = performance.now() - started
    }
  }
  return times
}

console.error(`  [latency ${size}] warm-up (${warmup} queries), then ${passes} passes of ${queries.length}`)
await runPass(queries.slice(0, Number(warmup)))
const results: PassResult[] = []
const passesStarted = performance.now()
for (let p = 0; p < Number(passes); p++) {
  const elapsed = performance.now() - passesStarted
  if (p > 0 && elapsed + elapsed / p > Number(budget) * 60_000) {
    console.error(`  [latency ${size}] stopping after ${p} passes: the next would end beyond the ${budget}-minute budget`)
    break
  }
  const order = shuffled(queries, createRng(deriveSeed(seedN, `pass-${p}`)))
  const times = await runPass(order)
  const pass: PassResult = { overall: {}, byKind: {} }
  engines.forEach(([name], e) => {
    pass.overall[name] = summarize(times[e]!)
    pass.byKind[name] = Object.fromEntries(
      LATENCY_KINDS.map((kind) => [kind, summarize(order.flatMap((q, i) => (q.kind === kind ? [times[e]![i]!] : [])))]),
    ) as Record<LatencyKind, LatencySummary>
  })
  results.push(pass)
  console.error(`  [latency ${size}] pass ${p + 1}: ${engines.map(([n]) => `${n} p50 ${pass.overall[n]!.p50.toFixed(2)} ms`).join(', ')}`)
}

const terms = new Set<string>()
let bodyWords = 0
let textBytes = 0
for (const d of corpus.docs) {
  const text = `${d.title} ${d.summary} ${d.body} ${d.tags.join(' ')}`
  textBytes += Buffer.byteLength(text)
  bodyWords += d.body.split(/\s+/).length
  for (const w of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) terms.add(w)
}
for (const [, engine] of engines) await engine.close()
reply({
  corpus: { docs: corpus.docs.length, bodyWords, uniqueTerms: terms.size, textMB: textBytes / 1e6 },
  targets: corpus.targets.length,
  warmup: Number(warmup),
  recall,
  misses,
  passes: results,
} satisfies LatencyResult)
