/**
 * HTTP phase: starts the server child, then drives it with autocannon (in this process, so
 * the server has the other core), alternating between the app's search endpoint and the
 * precomputed baseline so that drift in machine load hits both alike.
 */
import autocannon from 'autocannon'
import { firstMessage, startChild } from '../phases/child.ts'
import { median } from '../stats.ts'
import { BASELINE_PATH, SEARCH_PATH, searchQueryString, type ServerReady } from './paths.ts'

export interface HttpOptions {
  size: number
  seed: number
  /** The queries to cycle through (the first N of the latency set). */
  queries: string[]
  seconds: number
  rounds: number
  connections: number
}

export interface HttpRun {
  reqPerSec: number
  p50: number
  p99: number
  requests: number
  errors: number
}

export interface HttpResult {
  server: ServerReady
  connections: number
  seconds: number
  app: HttpRun[]
  baseline: HttpRun[]
  /** Per round, app req/s ÷ baseline req/s and app p99 ÷ baseline p99. */
  ratios: { reqPerSec: number; p99: number }[]
}

async function load(port: number, path: string, queries: string[], seconds: number, connections: number, amount?: number): Promise<HttpRun> {
  let next = 0
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections,
    pipelining: 1,
    duration: seconds,
    amount,
    // A 10k-document search under 10 connections queues for seconds; do not count that as a failure.
    timeout: 60,
    requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: `${path}${searchQueryString(queries[next++ % queries.length]!)}` }) }],
  })
  return {
    reqPerSec: result['2xx'] / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result['2xx'],
    errors: result.errors + result.timeouts + result.non2xx,
  }
}

export async function runHttp(options: HttpOptions): Promise<HttpResult> {
  const { size, seed, queries, seconds, rounds, connections } = options
  const child = startChild('../http/server-child.ts', [String(size), String(seed), String(queries.length)])
  try {
    const server = await firstMessage<ServerReady>(child)
    console.error(`  [http ${size}] server ready on port ${server.port} after ${(server.startupMs / 1000).toFixed(1)} s`)
    // Short warm-up of the network path for both endpoints.
    await load(server.port, SEARCH_PATH, queries, 2, connections)
    await load(server.port, BASELINE_PATH, queries, 2, connections)
    const app: HttpRun[] = []
    const baseline: HttpRun[] = []
    for (let r = 0; r < rounds; r++) {
      const order = r % 2 === 0 ? (['app', 'baseline'] as const) : (['baseline', 'app'] as const)
      for (const which of order) {
        const run = await load(server.port, which === 'app' ? SEARCH_PATH : BASELINE_PATH, queries, seconds, connections)
        ;(which === 'app' ? app : baseline).push(run)
        console.error(`  [http ${size}] round ${r + 1} ${which}: ${run.reqPerSec.toFixed(0)} req/s, p99 ${run.p99} ms`)
      }
    }
    const ratios = app.map((a, i) => ({ reqPerSec: a.reqPerSec / baseline[i]!.reqPerSec, p99: a.p99 / baseline[i]!.p99 }))
    return { server, connections, seconds, app, baseline, ratios }
  } finally {
    child.kill('SIGTERM')
    await new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())))
  }
}

/** Medians over rounds, for the report. */
export function summarizeHttp(runs: HttpRun[]) {
  return {
    reqPerSec: median(runs.map((r) => r.reqPerSec)),
    p50: median(runs.map((r) => r.p50)),
    p99: median(runs.map((r) => r.p99)),
    errors: runs.reduce((a, r) => a + r.errors, 0),
  }
}
