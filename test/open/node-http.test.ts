/**
 * The Node platform as `npm start` runs it (a real process on a free port): gzip when the client
 * accepts it, for pages, the API, feeds, the sitemap, the downloads and the front end; ETags on
 * everything, /assets and /data included; content-hashed assets cached forever, nothing else.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { gunzipSync } from 'node:zlib'
import { request } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FIXTURE_CORPUS, REPO_ROOT } from '../helpers/create-test-app.ts'

let child: ChildProcess
let base: string
let root: string

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'tussenruimte-node-'))
  cpSync(FIXTURE_CORPUS, root, { recursive: true })
  const tsx = pathToFileURL(join(REPO_ROOT, 'node_modules/tsx/dist/loader.mjs')).href
  child = spawn(process.execPath, ['--import', tsx, join(REPO_ROOT, 'src/platform/node.ts')], { cwd: root, env: { ...process.env, TSX_TSCONFIG_PATH: join(REPO_ROOT, 'tsconfig.json'), PORT: '0', HOST: '127.0.0.1', PUBLIC_URL: 'https://tussenruimte.example' }, stdio: ['ignore', 'pipe', 'pipe'] })
  base = await new Promise<string>((resolve, reject) => {
    let out = ''
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), 50_000)
    const read = (chunk: Buffer) => {
      out += chunk.toString()
      const url = out.match(/running at (http:\/\/[^\s/]+)\//)?.[1]
      if (url) (clearTimeout(timer), resolve(url))
    }
    child.stdout!.on('data', read)
    child.stderr!.on('data', read)
    child.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${out}`)))
  })
}, 60_000)

afterAll(() => {
  child?.kill()
  rmSync(root, { recursive: true, force: true })
})

/** A raw HTTP GET (fetch would decompress silently), with the body as bytes. */
function get(path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(`${base}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }))
    })
      .on('error', reject)
      .end()
  })
}

describe('compression on Node', () => {
  it.each(['/', '/regels/didam-arrest', '/api/v1/rules', '/api/v1/openapi.json', '/feeds/all.atom', '/sitemap.xml', '/data/tussenruimte.json', '/data/codebook.csv', '/data/tussenruimte.sqlite'])(
    '%s is gzipped when the client accepts it, and the same bytes unpacked',
    async (path) => {
      const plain = await get(path)
      const zipped = await get(path, { 'Accept-Encoding': 'gzip, deflate, br' })
      expect(plain.status).toBe(200)
      expect(plain.headers['content-encoding']).toBeUndefined()
      expect(zipped.headers['content-encoding']).toBe('gzip')
      expect(zipped.headers.vary).toMatch(/Accept-Encoding/i)
      expect(zipped.body.length).toBeLessThan(plain.body.length)
      const unpacked = gunzipSync(zipped.body)
      // Pages date nothing by the clock here, so both answers are the same document.
      expect(unpacked.equals(plain.body)).toBe(true)
    },
  )

  it('a response under 1 KB is sent as it is: compressing it would not pay', async () => {
    const small = await get('/data/rules.csv', { 'Accept-Encoding': 'gzip' })
    expect(small.body.length).toBeLessThan(1024)
    expect(small.headers['content-encoding']).toBeUndefined()
  })

  it('the SQLite download is the build database, with its media type', async () => {
    const res = await get('/data/tussenruimte.sqlite')
    expect(res.headers['content-type']).toBe('application/vnd.sqlite3')
    expect(res.body.subarray(0, 15).toString()).toBe('SQLite format 3')
    expect(res.body.equals(readFileSync(join(root, '.build/current/data/tussenruimte.sqlite')))).toBe(true)
  })
})

describe('ETags and caching on Node', () => {
  it('the stylesheet has an ETag, answers 304 to it, and is cached forever because its name has its hash', async () => {
    const home = (await get('/')).body.toString()
    const css = home.match(/href="(\/assets\/style\.[0-9a-f]{10}\.css)"/)![1]!
    const first = await get(css)
    expect(first.headers.etag).toBeTruthy()
    expect(first.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    expect((await get(css, { 'If-None-Match': String(first.headers.etag) })).status).toBe(304)
    // Through gzip the tag becomes weak and still matches.
    const zipped = await get(css, { 'Accept-Encoding': 'gzip' })
    expect((await get(css, { 'Accept-Encoding': 'gzip', 'If-None-Match': String(zipped.headers.etag) })).status).toBe(304)
  })

  it('an unhashed file under /assets is not cached forever', async () => {
    const res = await get('/assets/manifest.json')
    expect(res.status).toBe(200)
    expect(res.headers['cache-control']).toBe('no-cache')
  })

  it.each(['/data/tussenruimte.json', '/data/codebook.csv', '/feeds/rules.atom', '/sitemap.xml', '/api/v1/cases'])('%s has an ETag and answers 304 to it', async (path) => {
    const first = await get(path)
    expect(first.headers.etag, path).toBeTruthy()
    expect((await get(path, { 'If-None-Match': String(first.headers.etag) })).status).toBe(304)
  })

  it('the catalogue uses PUBLIC_URL for its addresses', async () => {
    const catalog = JSON.parse((await get('/data/catalog.jsonld')).body.toString()) as { '@id': string }
    expect(catalog['@id']).toBe('https://tussenruimte.example/data/catalog.jsonld')
  })
})
