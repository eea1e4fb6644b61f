/**
 * `npm run abuse`: replays the hostile cases of the reliability review against a server of
 * this repository's own (the real corpus behind the Node front of `npm start`, on 127.0.0.1
 * only) and counts the answers. Bounded: a fixed list of about 300 requests, 6 at a time, each
 * with a 20 s timeout, 2 minutes in all. Exits 1 if any answer is a 5xx or a request failed.
 */
import { request } from 'node:http'
import { firstMessage, startChild } from './phases/child.ts'

interface Case {
  family: string
  method?: string
  path: string
  headers?: Record<string, string>
  body?: string | Buffer
  /** The status this case must get, when it is known. */
  expect?: number | number[]
  /** Send from this loopback address (the server sees it as the client). */
  from?: string
}

const json = { 'Content-Type': 'application/json' }
const CONTRIBUTE = '/api/v1/contributions/case'
const nested = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth)
const words = (n: number) => Array.from({ length: n }, (_, i) => `w${(i * 7919).toString(36)}qz${i}`).join(' ')

function cases(): Case[] {
  const list: Case[] = []
  // H2: deep nesting, in the body and inside fields (each from its own client address, so the limit does not hide them).
  const posts: [string, string][] = [
    ['deep object 10,000', nested(10_000)],
    ['deep object 40,000', nested(40_000)],
    ['deep array 120,000', '['.repeat(120_000) + ']'.repeat(120_000)],
    ['nested title', `{"title":${'['.repeat(5000)}${']'.repeat(5000)}}`],
    ['12,000 keys', JSON.stringify(Object.fromEntries(Array.from({ length: 12_000 }, (_, i) => [`k${i}`, 1])))],
    ['15,000 unknown rules', JSON.stringify({ rules: Array.from({ length: 15_000 }, (_, i) => `r${i}`) })],
    ['3,000 references', JSON.stringify({ references: Array.from({ length: 3000 }, () => ({ type: 'url', url: 'https://x.example', title: 't' })) })],
    ['__proto__', '{"__proto__":{"x":1},"constructor":{"prototype":{}}}'],
    ['1e999', '{"period":{"start":1e999,"end":-0}}'],
    ['lone surrogates', '{"title":"\\ud800\\udc00\\ud800"}'],
    ['not JSON', '{"title":'],
  ]
  posts.forEach(([family, body], i) => list.push({ family: `post: ${family}`, method: 'POST', path: CONTRIBUTE, headers: json, body, expect: 400, from: `127.0.1.${i + 1}` }))
  list.push({ family: 'post: 10 MB', method: 'POST', path: CONTRIBUTE, headers: json, body: Buffer.alloc(10 * 1024 * 1024, 0x20), expect: 413, from: '127.0.2.1' })
  const form = new URLSearchParams()
  for (let i = 0; i < 600; i++) form.append('rules', `r${i}`)
  list.push({ family: 'form: 600 values', method: 'POST', path: '/bijdragen', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: form.toString(), expect: 400, from: '127.0.2.2' })
  // H1: 35 posts from one address with a fresh spoofed header each: the last ones must be limited.
  for (let i = 0; i < 35; i++) list.push({ family: 'rate limit: spoofed CF-Connecting-IP', method: 'POST', path: CONTRIBUTE, headers: { ...json, 'CF-Connecting-IP': `203.0.113.${i}`, 'X-Forwarded-For': `198.18.0.${i}` }, body: '{}', from: '127.0.3.1' })
  list.push({ family: 'rate limit: a second client', method: 'POST', path: CONTRIBUTE, headers: json, body: '{}', expect: 400, from: '127.0.3.2' })
  // M3: amplification through facet values.
  const facet = Array.from({ length: 1500 }, (_, i) => `x${i}`).join(',')
  list.push({ family: 'facets: 1,500 unknown values (API)', path: `/api/v1/search?domain=${facet}`, expect: 400 })
  list.push({ family: 'facets: 1,500 unknown values (page)', path: `/zoeken?domain=${facet}`, expect: 400 })
  // M4: long random queries, many times.
  for (let i = 0; i < 20; i++) list.push({ family: 'search: 22 random words (page)', path: `/zoeken?q=${encodeURIComponent(`${words(21)} r${i}`)}`, expect: 200 })
  for (let i = 0; i < 20; i++) list.push({ family: 'search: 22 random words (API)', path: `/api/v1/search?q=${encodeURIComponent(`${words(21)} r${i}`)}`, expect: 200 })
  // Traversal, odd encodings, methods, Host.
  for (const p of ['/../../etc/passwd', '/assets/..%2f..%2fpackage.json', '/%2e%2e/%2e%2e/etc/passwd', '/regels/%c0%ae%c0%ae', '/.git/config', '/.build/current/tussenruimte.sqlite', '/regels/%', '/zoeken?q=%zz', '/api/v1/rules/%ed%a0%80'])
    list.push({ family: 'traversal and encodings', path: p })
  for (const method of ['PUT', 'DELETE', 'PATCH', 'PROPFIND', 'TRACE']) {
    list.push({ family: 'methods', method, path: '/regels/didam-arrest', expect: 405 })
    list.push({ family: 'methods', method, path: '/api/v1/rules', expect: 405 })
  }
  list.push({ family: 'Host header', path: '/regels/', headers: { Host: 'evil.example' }, expect: 301 })
  for (const q of ["' OR 1=1 --", 'NEAR(a b)', '"*', 'col:x', 'a-'.repeat(100), 'x'.repeat(200), '🙂'.repeat(50)]) list.push({ family: 'query syntax', path: `/api/v1/search?q=${encodeURIComponent(q)}` })
  for (const n of ['-1', '1e9', '99999999999999999999', 'NaN', '0x10', '１０']) list.push({ family: 'numbers', path: `/api/v1/rules?limit=${encodeURIComponent(n)}`, expect: 400 })
  return list
}

function send(port: number, c: Case): Promise<{ status: number; ms: number; bytes: number }> {
  const started = performance.now()
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, method: c.method ?? 'GET', path: c.path, headers: c.headers, localAddress: c.from ?? '127.0.0.1', timeout: 20_000, agent: false }, (res) => {
      let bytes = 0
      res.on('data', (chunk: Buffer) => (bytes += chunk.length))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started, bytes }))
    })
    req.on('timeout', () => req.destroy(new Error('timeout')))
    req.on('socket', (socket) => socket.once('error', () => undefined))
    // A server may answer 413 and close before a huge body is sent: the status still counts.
    req.on('error', () => resolve({ status: 0, ms: performance.now() - started, bytes: 0 }))
    req.end(c.body)
  })
}

const child = startChild('../http/pages-child.ts', ['/'])
const deadline = setTimeout(() => (console.error('abuse: over 2 minutes, stopping'), child.kill('SIGTERM'), process.exit(1)), 120_000)
try {
  const { port } = await firstMessage<{ port: number }>(child)
  const list = cases()
  const results: { c: Case; status: number; ms: number; bytes: number }[] = []
  const queue = [...list.entries()]
  // Six at a time; the rate-limit burst comes from one address, so its order does not matter.
  await Promise.all(
    Array.from({ length: 6 }, async () => {
      for (let item = queue.shift(); item; item = queue.shift()) results[item[0]] = { c: item[1], ...(await send(port, item[1])) }
    }),
  )
  const families = new Map<string, typeof results>()
  for (const r of results) families.set(r.c.family, [...(families.get(r.c.family) ?? []), r])
  let failures = 0
  console.log('| family | n | statuses | max ms | max bytes | as expected |')
  console.log('|---|---|---|---|---|---|')
  for (const [family, rs] of families) {
    const statuses = new Map<number, number>()
    for (const r of rs) statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1)
    const wrong = rs.filter((r) => r.c.expect !== undefined && ![r.c.expect].flat().includes(r.status) && !(r.c.expect === 413 && r.status === 0))
    const bad = rs.filter((r) => r.status >= 500 || (r.status === 0 && r.c.expect !== 413))
    failures += bad.length
    console.log(`| ${family} | ${rs.length} | ${[...statuses].map(([s, n]) => `${s}:${n}`).join(' ')} | ${Math.max(...rs.map((r) => r.ms)).toFixed(0)} | ${Math.max(...rs.map((r) => r.bytes))} | ${wrong.length ? `**no** (${wrong.length})` : 'yes'} |`)
  }
  const limited = results.filter((r) => r.c.family.startsWith('rate limit: spoofed')).map((r) => r.status)
  const all = results.length
  const fivexx = results.filter((r) => r.status >= 500).length
  console.log(`\n${all} requests, ${fivexx} 5xx, ${results.filter((r) => r.status === 0).length} without an answer; spoofed burst: ${limited.filter((s) => s === 429).length} of ${limited.length} limited.`)
  if (limited.filter((s) => s === 429).length < 5) failures++, console.log('The spoofed burst was not limited.')
  process.exitCode = failures ? 1 : 0
} finally {
  clearTimeout(deadline)
  child.kill('SIGTERM')
}
