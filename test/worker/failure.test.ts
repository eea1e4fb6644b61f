/**
 * A fresh isolate serves concurrent first requests from one start-up. A Worker that is missing
 * part of its deployment answers 503 with a problem document that names what is missing, for
 * pages and API alike, and never throws; once the missing part is there, the next request
 * succeeds without a restart.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, inject, it } from 'vitest'
import { ASSET_MANIFEST, INDEX_ASSET } from '../../src/build/worker-layout.ts'
import { startWorker, type RunningWorker } from './start-worker.ts'

const running: RunningWorker[] = []
const dirs: string[] = []
afterEach(async () => {
  await Promise.all(running.splice(0).map((w) => w.dispose()))
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

async function start(options: Parameters<typeof startWorker>[0]) {
  const worker = await startWorker(options)
  running.push(worker)
  return worker
}

/** A copy of the fixture build's static assets, changed by `edit`. */
function brokenAssets(edit: (publicDir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'tussenruimte-assets-'))
  dirs.push(dir)
  cpSync(inject('workerBuild').publicDir, dir, { recursive: true })
  edit(dir)
  return dir
}

async function problemAt(worker: RunningWorker, path: string) {
  const res = await worker.fetch(path)
  return { status: res.status, type: res.headers.get('content-type'), cache: res.headers.get('cache-control'), body: (await res.json()) as Record<string, unknown> }
}

describe('Worker start-up', () => {
  it('answers concurrent first requests of a fresh isolate alike', async () => {
    const worker = await start({ d1: 'seeded' })

    const responses = await Promise.all(['/', '/regels', '/api/v1/search?q=didam', '/api/v1/rules', '/zoeken?q=dorpshuis', '/over'].map((p) => worker.fetch(p)))

    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200])
  })
})

describe('Worker without part of its deployment', () => {
  it('names the missing D1 binding, on pages and API alike', async () => {
    const worker = await start({ d1: 'no-binding' })

    const api = await problemAt(worker, '/api/v1/search?q=didam')
    const page = await worker.fetch('/regels/didam-arrest')

    expect(api).toMatchObject({ status: 503, type: 'application/problem+json; charset=utf-8', cache: 'no-store' })
    expect(api.body).toMatchInlineSnapshot(`
      {
        "detail": "De Worker heeft geen D1-database: de binding DB ontbreekt ([[d1_databases]] in wrangler.toml).",
        "instance": "/api/v1/search",
        "missing": "d1-binding",
        "status": 503,
        "title": "Dienst niet beschikbaar",
        "type": "about:blank",
      }
    `)
    // A page route gets a page, not JSON.
    expect(page.status).toBe(503)
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(await page.text()).toContain('<h1>Tijdelijk niet beschikbaar</h1>')
  })

  it('names the missing schema when the migrations were not applied', async () => {
    const worker = await start({ d1: 'untouched' })

    const { status, body } = await problemAt(worker, '/api/v1/rules')
    const page = await (await worker.fetch('/')).text()

    expect(status).toBe(503)
    expect(body.missing).toBe('d1-schema')
    expect(body.detail).toContain('pas de migraties toe (wrangler d1 migrations apply)')
    // The database's own error goes to the log, not to the client.
    expect(body.detail).not.toContain('no such table')
    expect(page).toContain('d1-schema')
    expect(page).not.toContain('no such table')
  })

  it('names the missing seed, and serves as soon as the seed is applied', async () => {
    const worker = await start({ d1: 'migrated' })

    const before = await problemAt(worker, '/api/v1/rules')
    await worker.applySeed()
    const after = await worker.fetch('/api/v1/rules')

    expect(before).toMatchObject({ status: 503, body: { missing: 'd1-seed' } })
    expect(before.body.detail).toContain('de seed is niet toegepast')
    expect(after.status).toBe(200)
    expect(((await after.json()) as { total: number }).total).toBe(2)
  })

  it('names the search index when its asset is missing', async () => {
    const worker = await start({ publicDir: brokenAssets((dir) => rmSync(join(dir, INDEX_ASSET))) })

    const { status, body } = await problemAt(worker, '/api/v1/search?q=didam')

    expect(status).toBe(503)
    expect(body).toMatchObject({ missing: 'search-index' })
    expect(body.detail).toContain(`${INDEX_ASSET} ontbreekt`)
    expect(body.detail).not.toContain('HTTP 404')
  })

  it('names the search index when it cannot be read', async () => {
    const worker = await start({ publicDir: brokenAssets((dir) => writeFileSync(join(dir, INDEX_ASSET), '{"format": 2, "index": {')) })

    const first = await problemAt(worker, '/api/v1/search?q=didam')
    const second = await problemAt(worker, '/api/v1/search?q=didam')

    expect(first).toMatchObject({ status: 503, body: { missing: 'search-index' } })
    expect(first.body.detail).toContain(`De zoekindex ${INDEX_ASSET} is onleesbaar`)
    // Still a clear answer on the next request: the failed start was not kept.
    expect(second).toMatchObject({ status: 503, body: { missing: 'search-index' } })
  })

  it('names the asset manifest when it is missing', async () => {
    const worker = await start({ publicDir: brokenAssets((dir) => rmSync(join(dir, ASSET_MANIFEST))) })

    const { status, body } = await problemAt(worker, '/api/v1/rules')

    expect(status).toBe(503)
    expect(body).toMatchObject({ missing: 'asset-manifest' })
  })
})
