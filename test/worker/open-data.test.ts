/**
 * Node and Worker serve the same open data: robots.txt, the sitemap, the feeds, the data and
 * follow pages, the DCAT catalogue and the downloads under /data/ (static assets on the Worker,
 * written by the Worker build from the same rows as its D1 seed).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { allFeeds, feedPath } from '../../src/feeds/feed-paths.ts'
import type { DownloadManifest } from '../../src/data/manifest.ts'
import { createTestApp } from '../helpers/create-test-app.ts'
import { startWorker, type RunningWorker } from './start-worker.ts'

let node: Awaited<ReturnType<typeof createTestApp>>
let worker: RunningWorker
beforeAll(async () => {
  ;[node, worker] = await Promise.all([createTestApp(), startWorker()])
})
afterAll(() => worker?.dispose())

describe('open data on Node and on the Worker', () => {
  it.each(['/robots.txt', '/sitemap.xml', ...allFeeds().map(feedPath), '/feeds/nothing.atom'])('GET %s gives the same status, type and body', async (path) => {
    const [fromNode, fromWorker] = await Promise.all([node.request(path), worker.fetch(path)])
    expect(fromWorker.status).toBe(fromNode.status)
    expect(fromWorker.headers.get('content-type')).toBe(fromNode.headers.get('content-type'))
    if (fromNode.status === 200) expect(await fromWorker.text()).toBe(await fromNode.text())
  })

  it.each(['/volgen', '/en/follow', '/open-data', '/en/open-data'])('GET %s is a page on both', async (path) => {
    const [fromNode, fromWorker] = await Promise.all([node.request(path), worker.fetch(path)])
    expect([fromNode.status, fromWorker.status]).toEqual([200, 200])
    const title = (html: string) => html.match(/<title>[^<]*<\/title>/)?.[0]
    expect(title(await fromWorker.text())).toBe(title(await fromNode.text()))
  })

  it('the Worker lists its downloads on the data page and serves each one, with the size it declares', async () => {
    const manifest = (await (await worker.fetch('/data/downloads.json')).json()) as DownloadManifest
    expect(manifest.files.length).toBeGreaterThanOrEqual(7)
    const page = await (await worker.fetch('/open-data')).text()
    for (const file of manifest.files) {
      const res = await worker.fetch(file.path)
      expect(res.status, file.path).toBe(200)
      expect((await res.arrayBuffer()).byteLength, file.path).toBe(file.bytes)
      expect(page).toContain(`href="${file.path}"`)
    }
    expect((await worker.fetch('/data/tussenruimte.sqlite')).headers.get('content-type')).toBe('application/vnd.sqlite3')
  })

  it('the Worker\'s JSON dump holds every entry exactly as the Node API gives it', async () => {
    const dump = (await (await worker.fetch('/data/tussenruimte.json')).json()) as { counts: Record<string, number>; entries: { type: string; apiUrl: string }[] }
    for (const [segment, count] of Object.entries(dump.counts)) {
      expect(((await (await node.request(`/api/v1/${segment}?limit=100`)).json()) as { total: number }).total).toBe(count)
    }
    // A scan's API item is its questions; the dump holds its whole definition (see test/open/downloads.test.ts).
    for (const entry of dump.entries.filter((e) => e.type !== 'scan')) expect(entry).toEqual(await (await node.request(entry.apiUrl)).json())
  })

  it('the Worker serves the DCAT catalogue, one distribution per download', async () => {
    const res = await worker.fetch('/data/catalog.jsonld')
    expect(res.headers.get('content-type')).toMatch(/^application\/ld\+json/)
    const catalog = (await res.json()) as { 'dcat:dataset': { 'dcat:distribution': unknown[] }[] }
    const manifest = (await (await worker.fetch('/data/downloads.json')).json()) as DownloadManifest
    expect(catalog['dcat:dataset'][0]!['dcat:distribution']).toHaveLength(manifest.files.length)
  })
})
