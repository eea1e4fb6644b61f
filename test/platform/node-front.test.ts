/**
 * The Node front end to end, on a real socket: the rate limit counts the socket's address, so
 * headers a client makes up do not help it, and one client cannot lock out another. Linux
 * routes all of 127.0.0.0/8 to loopback, so 127.0.0.2 is a second client on the same machine.
 */
import { serve, type ServerType } from '@hono/node-server'
import { request } from 'node:http'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createNodeFront, trustedProxies } from '../../src/platform/node-front.ts'
import { RATE_LIMIT } from '../../src/routes/contribute-shared.ts'
import { createTestApp } from '../helpers/create-test-app.ts'

let server: ServerType | undefined
afterEach(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())))

async function start(trustProxy?: string, staticRoot = 'test/fixtures'): Promise<number> {
  const app = await createTestApp()
  const front = createNodeFront({ app: () => app, staticRoot, trust: trustedProxies(trustProxy) })
  return new Promise((resolve) => {
    server = serve({ fetch: front.fetch, port: 0, hostname: '127.0.0.1' }, (info) => resolve(info.port))
  })
}

function post(port: number, from: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, localAddress: from, method: 'POST', path: '/api/v1/contributions/case', headers: { 'Content-Type': 'application/json', ...headers } }, (res) => {
      res.resume()
      res.on('end', () => resolve(res.statusCode!))
    })
    req.on('error', reject)
    req.end('{}')
  })
}

describe('the Node front', () => {
  it('limits by socket address: spoofed headers do not bypass it, and a second client is not locked out', async () => {
    const port = await start()
    const statuses: number[] = []
    for (let i = 0; i <= RATE_LIMIT.capacity; i++) statuses.push(await post(port, '127.0.0.1', { 'CF-Connecting-IP': `203.0.113.${i}`, 'X-Forwarded-For': `198.18.0.${i}` }))

    expect(statuses.filter((s) => s === 400)).toHaveLength(RATE_LIMIT.capacity)
    expect(statuses.at(-1)).toBe(429)
    expect(await post(port, '127.0.0.2')).toBe(400)
  })

  it('takes the client from X-Forwarded-For only when the peer is a proxy named in TRUST_PROXY', async () => {
    const port = await start('127.0.0.1')
    for (let i = 0; i < RATE_LIMIT.capacity; i++) expect(await post(port, '127.0.0.1', { 'X-Forwarded-For': '198.51.100.1' })).toBe(400)

    // The trusted proxy speaks for two clients: the first is out of tokens, the second is not.
    expect(await post(port, '127.0.0.1', { 'X-Forwarded-For': '198.51.100.1' })).toBe(429)
    expect(await post(port, '127.0.0.1', { 'X-Forwarded-For': '198.51.100.2' })).toBe(400)
    // 127.0.0.2 is no trusted proxy: its X-Forwarded-For is ignored and it counts as itself.
    expect(await post(port, '127.0.0.2', { 'X-Forwarded-For': '198.51.100.1' })).toBe(400)
  })

  it('serves assets with the security headers and an ETag that answers If-None-Match with 304', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tussenruimte-assets-'))
    try {
      mkdirSync(join(dir, 'assets'))
      writeFileSync(join(dir, 'assets/style.0a1b2c3d4e.css'), 'body{color:black}')
      const port = await start(undefined, relative(process.cwd(), dir))
      const first = await fetch(`http://127.0.0.1:${port}/assets/style.0a1b2c3d4e.css`)
      const again = await fetch(`http://127.0.0.1:${port}/assets/style.0a1b2c3d4e.css`, { headers: { 'If-None-Match': first.headers.get('etag')! } })

      expect(first.status).toBe(200)
      expect(await first.text()).toBe('body{color:black}')
      expect(first.headers.get('x-content-type-options')).toBe('nosniff')
      expect(first.headers.get('content-security-policy')).toContain("default-src 'none'")
      expect(first.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
      expect(again.status).toBe(304)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
