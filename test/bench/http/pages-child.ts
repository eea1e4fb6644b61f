/**
 * The server for the pages section: the real corpus of this repository, built in memory,
 * behind the same Node front as `npm start` (src/platform/node-front.ts). The same server
 * answers /bench/precomputed?u=<path> with the bytes and headers the app gave for that path,
 * captured at start-up: the baseline costs everything but the work.
 * Arguments: the paths to measure.
 */
import { serve, type HttpBindings } from '@hono/node-server'
import { Hono } from 'hono'
import { fileURLToPath } from 'node:url'
import { createApp } from '../../../src/app.tsx'
import { createNodeFront } from '../../../src/platform/node-front.ts'
import { createTestDeps } from '../../helpers/create-test-app.ts'
import { failLoudly } from '../phases/child.ts'

failLoudly()
const REPO = fileURLToPath(new URL('../../../', import.meta.url))
const paths = process.argv.slice(2)
const app = createApp(await createTestDeps(REPO, new Date().toISOString().slice(0, 10)))

const precomputed = new Map<string, { body: ArrayBuffer; headers: [string, string][] }>()
for (const path of paths) {
  const res = await app.request(path)
  if (res.status !== 200) throw new Error(`${path} answered ${res.status}`)
  const headers: [string, string][] = []
  res.headers.forEach((value, name) => name !== 'content-length' && headers.push([name, value]))
  precomputed.set(path, { body: await res.arrayBuffer(), headers })
}

const front = createNodeFront({ app: () => app, staticRoot: '.build' })
const server = new Hono<{ Bindings: HttpBindings }>()
server.get('/bench/precomputed', (c) => {
  const hit = precomputed.get(c.req.query('u') ?? '')
  return hit ? new Response(hit.body, { status: 200, headers: hit.headers }) : c.text('not precomputed', 404)
})
server.all('*', (c) => front.fetch(c.req.raw, c.env))

serve({ fetch: server.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
  process.send?.({ port: info.port, bytes: Object.fromEntries([...precomputed].map(([p, v]) => [p, v.body.byteLength])) })
})
