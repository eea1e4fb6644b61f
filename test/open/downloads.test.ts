/**
 * Downloads made by the build and served under /data/: the JSON dump holds every entry the API
 * has; the CSV files parse and match the codebook; the SQLite file opens and holds every entry;
 * the data page lists them with licence and size; the DCAT catalogue describes them.
 */
import Database from 'better-sqlite3'
import { parse } from 'csv-parse/sync'
import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { listedKinds, listingOf } from '../../src/content/kinds.ts'
import { codebook, LIST_SEPARATOR } from '../../src/data/codebook.ts'
import { DATA_FORMAT_VERSION, type DownloadManifest } from '../../src/data/manifest.ts'
import { currentDir } from '../../src/build/artefacts-fs.ts'
import { buildFixture } from './helpers.ts'

const ORIGIN = 'https://tussenruimte.example'
let built: Awaited<ReturnType<typeof buildFixture>>
let dataDir: string
beforeAll(async () => {
  built = await buildFixture(ORIGIN)
  dataDir = join(currentDir(built.outRoot), 'data')
})
afterAll(() => built?.dispose())

/** Every entry the API lists, by kind. */
async function apiSlugs(): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {}
  for (const kind of listedKinds) {
    const body = (await (await built.app.request(`/api/v1/${listingOf(kind).api}?limit=100`)).json()) as { total: number; items: { slug: string }[] }
    out[listingOf(kind).api] = body.items.map((i) => i.slug).sort()
  }
  return out
}

describe('the JSON dump', () => {
  it('has a format version and every entry of the API, with the same counts and the same detail as the API', async () => {
    const dump = JSON.parse(readFileSync(join(dataDir, 'tussenruimte.json'), 'utf8')) as { formatVersion: string; counts: Record<string, number>; entries: { type: string; slug: string; apiUrl: string }[] }
    expect(dump.formatVersion).toBe(DATA_FORMAT_VERSION)
    const api = await apiSlugs()
    for (const kind of listedKinds) {
      const segment = listingOf(kind).api
      expect(dump.counts[segment]).toBe(api[segment]!.length)
      expect(dump.entries.filter((e) => e.type === kind).map((e) => e.slug).sort()).toEqual(api[segment])
    }
    // A scan's API item is its questions (src/routes/scan-api.ts); the dump holds the scan's whole definition instead, so scans are compared by slug above.
    for (const entry of dump.entries.filter((e) => e.type !== 'scan')) expect(entry).toEqual(await (await built.app.request(entry.apiUrl)).json())
  })
})

describe('the CSV files', () => {
  it('parse, have the codebook columns, one row per entry, and only allowed values in choice columns', async () => {
    const book = codebook()
    const api = await apiSlugs()
    for (const kind of listedKinds) {
      const rows = parse(readFileSync(join(dataDir, `${listingOf(kind).api}.csv`)), { bom: false, relaxColumnCount: false }) as string[][]
      const [header, ...body] = rows
      expect(header).toEqual(book[kind].map((c) => c.column))
      expect(body.map((r) => r[0]).sort()).toEqual(api[listingOf(kind).api])
      book[kind].forEach((column, i) => {
        for (const row of body) {
          const cell = row[i]!
          const mayBeEmpty = !column.required || column.minItems === 0
          if (!mayBeEmpty) expect(cell, `${kind}.${column.column}`).not.toBe('')
          if (cell === '') continue
          const values = column.type.startsWith('list of') ? cell.split(LIST_SEPARATOR) : [cell]
          if (column.values) for (const v of values) expect(column.values.map((x) => x.value), `${kind}.${column.column}`).toContain(v)
          if (column.type === 'date') expect(cell).toMatch(/^\d{4}-\d{2}-\d{2}$/)
          if (column.type === 'integer') expect(cell).toMatch(/^\d+$/)
          if (column.type === 'boolean') expect(['true', 'false']).toContain(cell)
        }
      })
    }
  })

  it('the codebook names the allowed values with Dutch and English labels, and comes as JSON and CSV', () => {
    const book = JSON.parse(readFileSync(join(dataDir, 'codebook.json'), 'utf8')) as { files: { file: string; columns: { column: string; values?: { value: string; nl: string; en: string }[] }[] }[] }
    const outcome = book.files.find((f) => f.file === '/data/cases.csv')!.columns.find((c) => c.column === 'outcome')!
    expect(outcome.values).toContainEqual({ value: 'blocked', nl: expect.any(String), en: expect.any(String) })
    const csv = parse(readFileSync(join(dataDir, 'codebook.csv'))) as string[][]
    expect(csv[0]).toEqual(['file', 'column', 'type', 'required', 'min_items', 'description', 'values'])
    expect(csv.length - 1).toBe(book.files.reduce((n, f) => n + f.columns.length, 0))
  })
})

describe('the SQLite database', () => {
  it('opens and holds every entry', async () => {
    const db = new Database(join(dataDir, 'tussenruimte.sqlite'), { readonly: true, fileMustExist: true })
    try {
      const api = await apiSlugs()
      for (const kind of listedKinds) {
        const rows = db.prepare('SELECT slug FROM entries WHERE type = ? ORDER BY slug').all(kind) as { slug: string }[]
        expect(rows.map((r) => r.slug)).toEqual(api[listingOf(kind).api])
      }
      expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'entry_changes'").get()).toBeTruthy()
    } finally {
      db.close()
    }
  })
})

describe('the data page and the catalogue', () => {
  it('downloads.json lists every file with its real size', () => {
    const manifest = JSON.parse(readFileSync(join(dataDir, 'downloads.json'), 'utf8')) as DownloadManifest
    expect(manifest.files.map((f) => f.path).sort()).toEqual(['/data/cases.csv', '/data/codebook.csv', '/data/codebook.json', '/data/rules.csv', '/data/scans.csv', '/data/tussenruimte.json', '/data/tussenruimte.sqlite', '/data/workarounds.csv'])
    for (const file of manifest.files) expect(file.bytes).toBe(statSync(join(dataDir, file.path.slice('/data/'.length))).size)
  })

  it('the data page, in Dutch and English, lists every download with size, and both licences', async () => {
    for (const path of ['/open-data', '/en/open-data']) {
      const html = await (await built.app.request(path)).text()
      for (const file of built.deps.downloads!.files) expect(html).toContain(`href="${file.path}"`)
      expect(html).toContain('CC BY-SA 4.0')
      expect(html).toContain('EUPL-1.2')
      expect(html).toMatch(/\d+(?:[.,]\d)? (?:kB|MB)/)
      expect(html).toContain('href="/data/catalog.jsonld"')
    }
  })

  it('the DCAT catalogue is JSON-LD with a distribution per download at the public address', async () => {
    const res = await built.app.request('/data/catalog.jsonld')
    expect(res.headers.get('content-type')).toMatch(/^application\/ld\+json/)
    const catalog = (await res.json()) as Record<string, any>
    expect(catalog['@type']).toBe('dcat:Catalog')
    expect(catalog['@id']).toBe(`${ORIGIN}/data/catalog.jsonld`)
    const [dataset] = catalog['dcat:dataset']
    expect(dataset['dct:license']).toEqual({ '@id': 'https://creativecommons.org/licenses/by-sa/4.0/' })
    const urls = dataset['dcat:distribution'].map((d: any) => d['dcat:downloadURL']['@id']).sort()
    expect(urls).toEqual(built.deps.downloads!.files.map((f) => `${ORIGIN}${f.path}`).sort())
    for (const d of dataset['dcat:distribution']) expect(Number(d['dcat:byteSize']['@value'])).toBeGreaterThan(0)
  })
})
