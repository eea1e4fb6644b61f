/** The per-size sections of RESULTS.md: build and memory, latency, recall, HTTP. */
import { RECALL_TYPES } from './corpus.ts'
import { fixed, int, mb, ms, ratio, table } from './format.ts'
import { summarizeHttp } from './http/load.ts'
import type { LatencyResult } from './phases/latency-child.ts'
import { LATENCY_KINDS } from './queries.ts'
import type { RunSettings, SizeResult } from './results.ts'
import { median } from './stats.ts'

/** Reference engines for the latency ratios, when they took part. */
const REFERENCES = ['minisearch', 'fts5']

type Metric = 'p50' | 'p95' | 'p99' | 'mean'

/** Median over passes of one engine's metric. */
export function latencyOf(latency: LatencyResult, engine: string, metric: Metric): number {
  return median(latency.passes.map((p) => p.overall[engine]![metric]))
}

/** Median over passes of the ratio engine ÷ reference, computed within each pass. */
function ratioOf(latency: LatencyResult, engine: string, reference: string, metric: Metric): number {
  return median(latency.passes.map((p) => p.overall[engine]![metric] / p.overall[reference]![metric]))
}

/** Pooled recall@10 over all recall queries, and per type. */
export function recallOf(latency: LatencyResult, engine: string) {
  const counts = latency.recall[engine]!
  const found = RECALL_TYPES.reduce((a, t) => a + counts[t][0], 0)
  const asked = RECALL_TYPES.reduce((a, t) => a + counts[t][1], 0)
  return { all: found / asked, byType: RECALL_TYPES.map((t) => (counts[t][1] ? counts[t][0] / counts[t][1] : NaN)) }
}

function memorySection(r: SizeResult, settings: RunSettings): string {
  return [
    `### Build, index size and memory (one fresh process per engine, \`--expose-gc\`)`,
    '',
    table(
      ['engine', 'build s', 'load ms', 'index MB', 'gzip MB', 'heap Δ MB', 'external Δ MB', 'RSS Δ MB', `RSS Δ after ${settings.memoryQueries} queries MB`, 'peak RSS MB (with corpus)', `isolated p50 / p99 ms (${settings.memoryQueries} q)`],
      r.memory.map((m) => [
        m.engine,
        fixed(m.buildMs / 1000, 2),
        ms(m.loadMs),
        mb(m.sizeBytes),
        mb(m.gzipBytes),
        fixed(m.heapDeltaMB),
        fixed(m.externalDeltaMB),
        fixed(m.rssDeltaMB),
        fixed(m.rssAfterQueriesDeltaMB),
        fixed(m.peakRssMB, 0),
        `${ms(m.isolated.p50)} / ${ms(m.isolated.p99)}`,
      ]),
    ),
    '',
    ...r.memory.filter((m) => m.notes).map((m) => `- ${m.engine}: ${m.notes}`),
    '- Build includes serializing (the app writes the index as JSON at build time); load is `loadJSON` of that JSON, or opening the database read-only. Heap, external (typed arrays, Buffers) and RSS Δ are measured after 4× `gc()` with the loaded index alive and the build garbage gone; RSS also keeps what the build in the same process took from the system.',
  ].join('\n')
}

function latencySection(r: SizeResult, engines: string[]): string {
  const l = r.latency
  const refs = REFERENCES.filter((x) => engines.includes(x))
  const header = ['engine', 'p50 ms', 'p95 ms', 'p99 ms', 'mean ms', ...refs.flatMap((x) => [`p50 ÷ ${x}`, `p95 ÷ ${x}`, `p99 ÷ ${x}`])]
  const rows = engines.map((e) => [
    e,
    ...(['p50', 'p95', 'p99', 'mean'] as const).map((m) => ms(latencyOf(l, e, m))),
    ...refs.flatMap((x) => (['p50', 'p95', 'p99'] as const).map((m) => ratio(ratioOf(l, e, x, m)))),
  ])
  const kinds = engines.map((e) => [
    e,
    ...LATENCY_KINDS.map((k) => `${ms(median(l.passes.map((p) => p.byKind[e]![k].p50)))} / ${ms(median(l.passes.map((p) => p.byKind[e]![k].p99)))}`),
  ])
  const n = l.passes[0]?.overall[engines[0]!]?.n ?? 0
  return [
    `### Query latency (all engines in one process; ${n} mixed queries × ${l.passes.length} ${l.passes.length === 1 ? 'pass' : 'passes'} after ${l.warmup} warm-up queries, interleaved)`,
    '',
    'Medians over passes. Ratios are computed within each pass, then the median is taken.',
    '',
    table(header, rows),
    '',
    'p50 / p99 ms by query kind:',
    '',
    table(['engine', ...LATENCY_KINDS], kinds),
    ...soloSection(r, engines),
  ].join('\n')
}

/** The same queries with each engine alone in its process: absolute latency without the others' garbage. */
function soloSection(r: SizeResult, engines: string[]): string[] {
  const solo = r.solo
  if (!solo) return []
  const rows = engines.filter((e) => solo[e]).map((e) => [e, ...(['p50', 'p95', 'p99', 'mean'] as const).map((m) => ms(latencyOf(solo[e]!, e, m))), ms(latencyOf(r.latency, e, 'p95'))])
  return [
    '',
    `Each engine alone in a fresh process (same queries, warm-up and passes; medians over passes). Interleaving is fair for the ratios above, but there every engine's tail also carries the garbage collections of the others' heaps:`,
    '',
    table(['engine', 'p50 ms', 'p95 ms', 'p99 ms', 'mean ms', 'p95 ms interleaved'], rows),
  ]
}

function recallSection(r: SizeResult, engines: string[]): string {
  const l = r.latency
  const asked = RECALL_TYPES.map((t) => `${t} (${l.recall[engines[0]!]![t][1]})`)
  const rows = engines.map((e) => {
    const { all, byType } = recallOf(l, e)
    return [e, ...byType.map((v) => fixed(v, 2)), fixed(all, 2)]
  })
  const misses = engines
    .filter((e) => l.misses[e]!.length)
    .map((e) => `- **${e}** (${l.misses[e]!.length}): ${l.misses[e]!.map((m) => `\`${m}\``).join(', ')}`)
  return [
    `### Recall@10 on the ${l.targets} planted targets`,
    '',
    table(['engine', ...asked, 'all'], rows),
    '',
    '<details><summary>Missed queries</summary>',
    '',
    ...(misses.length ? misses : ['(none)']),
    '',
    '</details>',
  ].join('\n')
}

function httpSection(r: SizeResult): string {
  const h = r.http
  if (!h) return ''
  const app = summarizeHttp(h.app)
  const base = summarizeHttp(h.baseline)
  const per = (runs: typeof h.app) => runs.map((x) => int(x.reqPerSec)).join(', ')
  return [
    `### HTTP: GET /api/v1/search (tussenruimte), autocannon ${h.connections} connections × ${h.seconds} s, ${h.app.length} ${h.app.length === 1 ? 'round' : 'rounds alternating'}`,
    '',
    table(
      ['endpoint', 'req/s (median)', 'p50 ms', 'p99 ms', 'per-round req/s', 'errors'],
      [
        ['app: /api/v1/search?limit=10', int(app.reqPerSec), ms(app.p50), ms(app.p99), per(h.app), app.errors],
        ['baseline: same bytes, precomputed', int(base.reqPerSec), ms(base.p50), ms(base.p99), per(h.baseline), base.errors],
      ],
    ),
    '',
    `- app ÷ baseline, median of per-round ratios: req/s **${ratio(median(h.ratios.map((x) => x.reqPerSec)))}**, p99 **${ratio(median(h.ratios.map((x) => x.p99)))}**.`,
    `- Response body: median ${int(h.server.bodyBytes.p50)} bytes (max ${int(h.server.bodyBytes.max)}). In-process \`app.request\` while precomputing: p50 ${ms(h.server.precompute.p50)} ms, p99 ${ms(h.server.precompute.p99)} ms.`,
    `- Server process: ready after ${fixed(h.server.startupMs / 1000)} s, RSS ${fixed(h.server.rssMB, 0)} MB (database file, loaded index, corpus-derived rows).`,
  ].join('\n')
}

export function sizeSection(r: SizeResult, settings: RunSettings): string {
  const engines = settings.engines
  const c = r.latency.corpus
  return [
    `## ${int(r.size)} documents`,
    '',
    `Corpus: ${int(c.docs)} docs, ${int(c.bodyWords)} body words (${int(c.bodyWords / c.docs)} per doc), ${int(c.uniqueTerms)} unique terms, ${fixed(c.textMB)} MB of text. This size took ${fixed(r.durationMs / 60000)} min to measure.`,
    '',
    memorySection(r, settings),
    '',
    latencySection(r, engines),
    '',
    recallSection(r, engines),
    '',
    httpSection(r),
  ].join('\n')
}
