import { Hono } from 'hono'
import { etag } from 'hono/etag'
import { describe, expect, it } from 'vitest'
import { pageCache } from '../../src/cache/page-cache.ts'
import { createTestApp } from '../helpers/create-test-app.ts'

/** An app whose routes count how often they render. */
function counting(options: { maxBytes?: number; today?: () => string } = {}) {
  const renders: Record<string, number> = {}
  const app = new Hono()
  app.use('*', pageCache({ today: options.today ?? (() => '2026-01-01'), maxBytes: options.maxBytes }))
  app.use('*', etag())
  const count = (name: string) => (renders[name] = (renders[name] ?? 0) + 1)
  app.get('/page/:n', (c) => (count(c.req.param('n')), c.text(`page ${c.req.param('n')} ${'x'.repeat(1000)}`)))
  app.get('/missing', (c) => (count('missing'), c.text('no', 404)))
  app.get('/private', (c) => (count('private'), c.text('mine', 200, { 'Cache-Control': 'no-store' })))
  app.post('/page/:n', (c) => (count('post'), c.text('posted')))
  return { app, renders }
}

describe('the page cache', () => {
  it('renders a GET once and answers the same bytes and headers after', async () => {
    const { app, renders } = counting()
    const first = await app.request('/page/1?q=a')
    const second = await app.request('/page/1?q=a')
    const other = await app.request('/page/1?q=b')

    expect(renders['1']).toBe(2)
    expect(await second.text()).toBe(await first.text())
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'))
    expect(second.headers.get('content-type')).toBe(first.headers.get('content-type'))
    expect(other.status).toBe(200)
  })

  it('answers a matching If-None-Match from the cache with 304 and no body', async () => {
    const { app, renders } = counting()
    const tag = (await app.request('/page/1')).headers.get('etag')!
    const res = await app.request('/page/1', { headers: { 'If-None-Match': `W/${tag}, "other"` } })

    expect(res.status).toBe(304)
    expect(await res.text()).toBe('')
    expect(res.headers.get('etag')).toBe(tag)
    expect(renders['1']).toBe(1)
  })

  it('keeps only 200 answers that may be stored, and never a POST', async () => {
    const { app, renders } = counting()
    for (let i = 0; i < 2; i++) {
      await app.request('/missing')
      await app.request('/private')
      await app.request('/page/1', { method: 'POST' })
    }

    expect(renders).toEqual({ missing: 2, private: 2, post: 2 })
  })

  it('stays within its bytes, forgetting the least recently used page first', async () => {
    const { app, renders } = counting({ maxBytes: 12_000 })
    for (let n = 1; n <= 10; n++) await app.request(`/page/${n}`)
    await app.request('/page/10')
    await app.request('/page/1')

    expect(renders['10']).toBe(1)
    expect(renders['1']).toBe(2)
  })

  it('renders again on a new day, for review notices', async () => {
    let day = '2026-01-01'
    const { app, renders } = counting({ today: () => day })
    await app.request('/page/1')
    day = '2026-01-02'
    await app.request('/page/1')

    expect(renders['1']).toBe(2)
  })
})

describe('the app with its page cache', () => {
  it('answers a cached page with the security headers, the same ETag and a 304 for it', async () => {
    const app = await createTestApp()
    const first = await app.request('/regels/didam-arrest')
    const second = await app.request('/regels/didam-arrest')
    const revalidated = await app.request('/regels/didam-arrest', { headers: { 'If-None-Match': first.headers.get('etag')! } })

    expect(second.status).toBe(200)
    expect(await second.text()).toBe(await first.text())
    for (const name of ['content-security-policy', 'x-content-type-options', 'etag', 'cache-control']) expect(second.headers.get(name)).toBe(first.headers.get(name))
    expect(revalidated.status).toBe(304)
    expect(revalidated.headers.get('content-security-policy')).toBeTruthy()
  })

  it('keeps API answers apart from pages, and a new build (a new app) starts empty', async () => {
    const app = await createTestApp()
    const api = await app.request('/api/v1/search?q=didam')
    const again = await app.request('/api/v1/search?q=didam')

    expect(again.headers.get('api-version')).toBe(api.headers.get('api-version'))
    expect(again.headers.get('access-control-allow-origin')).toBe('*')
    expect(await again.json()).toEqual(await api.json())
  })
})
