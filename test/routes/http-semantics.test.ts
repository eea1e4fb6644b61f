import { describe, expect, it } from 'vitest'
import { createApp } from '../../src/app.tsx'
import { createTestApp, createTestDeps } from '../helpers/create-test-app.ts'

describe('trailing slashes', () => {
  it('redirect to a path, whatever Host the client sent', async () => {
    const app = await createTestApp()
    const res = await app.request('http://evil.example/regels/?domain=energy')

    expect(res.status).toBe(301)
    expect(res.headers.get('location')).toBe('/regels?domain=energy')
  })

  it('redirect to the configured public URL when there is one', async () => {
    const deps = await createTestDeps()
    const app = createApp({ ...deps, config: { ...deps.config, publicUrl: 'https://tussenruimte.example/' } })
    const res = await app.request('http://evil.example/regels/', { headers: { Host: 'evil.example' } })

    expect(res.headers.get('location')).toBe('https://tussenruimte.example/regels')
  })

  it('never become a protocol-relative address', async () => {
    const app = await createTestApp()
    const res = await app.request('http://localhost//evil.example/')

    expect(res.status).toBe(301)
    expect(res.headers.get('location')).toBe('/evil.example')
  })
})

describe('methods', () => {
  it.each(['PUT', 'DELETE', 'PATCH', 'PROPFIND'])('%s on an existing page or API address is 405 with Allow', async (method) => {
    const app = await createTestApp()
    const page = await app.request('/regels/didam-arrest', { method })
    const api = await app.request('/api/v1/rules', { method })

    expect(page.status).toBe(405)
    expect(page.headers.get('allow')).toBe('GET, HEAD')
    expect(api.status).toBe(405)
    expect(api.headers.get('allow')).toBe('GET, HEAD, OPTIONS')
    expect(api.headers.get('content-type')).toContain('application/problem+json')
  })

  it('stays 404 where nothing exists', async () => {
    const app = await createTestApp()

    expect((await app.request('/bestaat-niet', { method: 'PUT' })).status).toBe(404)
    expect((await app.request('/regels/bestaat-niet', { method: 'DELETE' })).status).toBe(404)
  })
})
