/**
 * The HTTP server under load: the real createApp with the tussenruimte deps, served by
 * @hono/node-server behind an outer Hono as src/platform/node.ts does. The same server
 * answers /bench/precomputed with the bytes and headers the app produced for the same query,
 * captured at start-up (which doubles as warm-up): the baseline costs everything but the work.
 * Arguments: size seed queries
 */
import { serve } from '@hono/node-server'
import { Hono } from 'hono'
import { createApp } from '../../../src/app.tsx'
import { generateCorpus } from '../corpus.ts'
import { createBenchDeps } from '../engines/tussenruimte.ts'
import { buildLatencyQueries } from '../queries.ts'
import { atExit, failLoudly } from '../phases/child.ts'
import { summarize } from '../stats.ts'
import { BASELINE_PATH, SEARCH_PATH, searchQueryString, type ServerReady } from './paths.ts'

failLoudly()
const started = performance.now()
const [size = '1000', seed = '0', count = '200'] = process.argv.slice(2)
const { deps, close } = await createBenchDeps(generateCorpus(Number(size), Number(seed)).docs)
atExit(close)
const app = createApp(deps)

const precomputed = new Map<string, { body: string; headers: [string, string][] }>()
const times: number[] = []
for (const { q } of buildLatencyQueries(Number(seed)).slice(0, Number(count))) {
  const t = performance.now()
  const res = await app.request(`${SEARCH_PATH}${searchQueryString(q)}`)
  const body = await res.text()
  times.push(performance.now() - t)
  if (res.status !== 200) throw new Error(`search for "${q}" answered ${res.status}: ${body.slice(0, 200)}`)
  precomputed.set(q, { body, headers: [...res.headers].filter(([k]) => k !== 'content-length') })
}

const server = new Hono()
server.get(BASELINE_PATH, (c) => {
  const hit = precomputed.get(c.req.query('q') ?? '')
  return hit ? new Response(hit.body, { status: 200, headers: hit.headers }) : c.text('not precomputed', 404)
})
server.all('*', (c) => app.fetch(c.req.raw))

serve({ fetch: server.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
  const ready: ServerReady = {
    port: info.port,
    startupMs: performance.now() - started,
    bodyBytes: summarize([...precomputed.values()].map((p) => Buffer.byteLength(p.body))),
    precompute: summarize(times),
    rssMB: process.memoryUsage().rss / 1024 / 1024,
  }
  process.send?.(ready)
})
