/**
 * Phase 1, one engine in a fresh process: build time, serialized size (raw and gzip), load
 * time, and what the loaded index costs in heap and RSS. A fresh process per engine keeps one
 * engine's garbage out of the next one's numbers.
 * Arguments: engine size seed queries
 */
import { generateCorpus } from '../corpus.ts'
import { engineByName } from '../engines/index.ts'
import { buildLatencyQueries } from '../queries.ts'
import { summarize, type LatencySummary } from '../stats.ts'
import { atExit, failLoudly, reply, settle } from './child.ts'

export interface MemoryResult {
  engine: string
  buildMs: number
  loadMs?: number
  sizeBytes: number
  gzipBytes?: number
  notes?: string
  /** Heap and RSS growth from before the build to after it, with the loaded index alive. */
  heapDeltaMB: number
  /** Memory V8 tracks outside its heap (typed arrays' backing stores, Buffers): the app's body index lives there. */
  externalDeltaMB: number
  rssDeltaMB: number
  /** RSS growth after a round of queries (page cache, lazily built structures). */
  rssAfterQueriesDeltaMB: number
  /** The process's peak RSS, corpus included. */
  peakRssMB: number
  isolated: LatencySummary
}

failLoudly()
const [name = '', size = '1000', seed = '0', queries = '100'] = process.argv.slice(2)
const engine = engineByName(name)
// Module scope keeps the corpus alive through every reading, so its collection never shows up as a negative delta.
const docs = generateCorpus(Number(size), Number(seed)).docs
const workload = buildLatencyQueries(Number(seed)).slice(0, Number(queries))
const mb = (bytes: number) => bytes / 1024 / 1024

settle()
const before = process.memoryUsage()
const buildStarted = performance.now()
const built = await engine.build(docs, { gzip: true })
const wallMs = performance.now() - buildStarted
atExit(() => built.close())
settle()
const after = process.memoryUsage()
const times: number[] = []
for (const { q } of workload) {
  const started = performance.now()
  await built.search(q)
  times.push(performance.now() - started)
}
settle()
const afterQueries = process.memoryUsage()

const result: MemoryResult = {
  engine: name,
  buildMs: built.buildMs ?? wallMs,
  loadMs: built.loadMs,
  sizeBytes: built.sizeBytes,
  gzipBytes: built.gzipBytes,
  notes: built.notes,
  heapDeltaMB: mb(after.heapUsed - before.heapUsed),
  externalDeltaMB: mb(after.external - before.external),
  rssDeltaMB: mb(after.rss - before.rss),
  rssAfterQueriesDeltaMB: mb(afterQueries.rss - before.rss),
  peakRssMB: process.resourceUsage().maxRSS / 1024,
  isolated: summarize(times),
}
await built.close()
reply(result)
