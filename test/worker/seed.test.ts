/**
 * The D1 seed holds the Node build's rows, and applying it again leaves the same data: tested
 * through the documented path (wrangler d1 migrations apply, wrangler d1 execute --file) into a
 * temporary local D1, and through D1 batches for the cases a second corpus needs.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { corpusToRows, type BuildRows } from '../../src/build/rows.ts'
import { MAX_STATEMENT_BYTES, seedSql, seedStatements, sqlLiteral } from '../../src/build/seed-sql.ts'
import { runWrangler } from '../../src/build/worker-bundle-fs.ts'
import { loadContent } from '../../src/content/load-fs.ts'
import { createTestDeps, FIXTURE_CORPUS, REPO_ROOT, TODAY } from '../helpers/create-test-app.ts'
import { startWorker, type RunningWorker } from './start-worker.ts'

const TABLES = { entries: 'slug', entry_facets: 'slug, facet, value', links: 'from_slug, to_slug, relation', entry_references: 'slug, position' }
const dump = async (query: (sql: string) => Promise<unknown[]>) =>
  Object.fromEntries(await Promise.all(Object.entries(TABLES).map(async ([table, key]) => [table, await query(`SELECT * FROM ${table} ORDER BY ${key}`)])))

const fixtureRows = () => corpusToRows(loadContent(FIXTURE_CORPUS, TODAY).corpus)

const cleanup: (() => unknown)[] = []
afterAll(async () => {
  for (const done of cleanup.splice(0)) await done()
})

describe('D1 seed', () => {
  it('applied twice with wrangler d1, holds exactly the rows of the Node build', async () => {
    const persist = mkdtempSync(join(tmpdir(), 'tussenruimte-d1-'))
    cleanup.push(() => rmSync(persist, { recursive: true, force: true }))
    const local = ['--local', '--persist-to', persist]
    const seedFile = inject('workerBuild').seedFile

    runWrangler(['d1', 'migrations', 'apply', 'tussenruimte', ...local], REPO_ROOT)
    runWrangler(['d1', 'execute', 'tussenruimte', ...local, '--file', seedFile], REPO_ROOT)
    runWrangler(['d1', 'execute', 'tussenruimte', ...local, '--file', seedFile], REPO_ROOT)
    // wrangler keeps local D1 under <persist-to>/v3/d1; the Worker reads that same database.
    const worker = await startWorker({ d1: 'untouched', d1Persist: join(persist, 'v3', 'd1') })
    cleanup.push(() => worker.dispose())
    const { db } = await createTestDeps()

    const fromD1 = await dump((sql) => worker.query(sql))
    const fromNode = await dump(async (query) => (await sql.raw(query).execute(db)).rows)
    const info = await worker.query<{ key: string }>('SELECT key FROM build_info ORDER BY key')

    expect(fromD1.entries).toHaveLength(8)
    expect(fromD1).toEqual(fromNode)
    expect(info.map((r) => r.key)).toEqual(['built_at', 'fingerprint'])
    expect((await worker.fetch('/api/v1/rules/didam-arrest')).status).toBe(200)
  }, 60_000)

  describe('on a D1 that already holds data', () => {
    let worker: RunningWorker
    beforeAll(async () => {
      worker = await startWorker({ d1: 'migrated' })
    })
    afterAll(() => worker?.dispose())
    const counts = async () => Object.fromEntries(await Promise.all(Object.keys(TABLES).map(async (t) => [t, (await worker.query<{ n: number }>(`SELECT count(*) AS n FROM ${t}`))[0]!.n])))

    it('removes entries that an earlier seed had and this corpus no longer has', async () => {
      const rows = fixtureRows()
      const extra: BuildRows = {
        ...rows,
        entries: [...rows.entries, { ...rows.entries[0]!, slug: 'ingetrokken-regel', title: 'Ingetrokken' }],
        entry_facets: [...rows.entry_facets, { slug: 'ingetrokken-regel', facet: 'domain', value: 'energy' }],
      }
      await worker.execute(seedSql(extra, { fingerprint: 'old' }))
      await worker.execute(seedSql(rows, { fingerprint: 'new' }))

      expect(await counts()).toEqual({ entries: rows.entries.length, entry_facets: rows.entry_facets.length, links: rows.links.length, entry_references: rows.entry_references.length })
      expect(await worker.query("SELECT slug FROM entries WHERE slug = 'ingetrokken-regel'")).toEqual([])
      expect(await worker.query('SELECT key, value FROM build_info')).toEqual([{ key: 'fingerprint', value: 'new' }])
    })

    it('keeps quotes, newlines, semicolons and non-ASCII text intact', async () => {
      const rows = fixtureRows()
      const tricky = "Wet 'markt & overheid';\n-- geen commentaar\nDELETE FROM entries; — één ✓"
      rows.entries[0] = { ...rows.entries[0]!, title: tricky, body_text: tricky }
      await worker.execute(seedSql(rows, { fingerprint: 'tricky' }))

      const [row] = await worker.query<{ title: string; body_text: string }>(`SELECT title, body_text FROM entries WHERE slug = '${rows.entries[0].slug}'`)
      expect(row).toEqual({ title: tricky, body_text: tricky })
      expect((await counts()).entries).toBe(rows.entries.length)
    })
  })

  it('writes SQL literals for strings, numbers and null', () => {
    expect([sqlLiteral("it's"), sqlLiteral(3), sqlLiteral(null), sqlLiteral(undefined)]).toEqual(["'it''s'", '3', 'NULL', 'NULL'])
    expect(() => sqlLiteral({})).toThrowErrorMatchingInlineSnapshot(`[Error: Cannot write object [object Object] as an SQL literal]`)
  })

  it('refuses an entry too long for one D1 statement, naming it', () => {
    const rows = fixtureRows()
    rows.entries[0] = { ...rows.entries[0]!, body_html: 'x'.repeat(MAX_STATEMENT_BYTES) }

    expect(() => seedStatements(rows, {})).toThrowErrorMatchingInlineSnapshot(`[Error: entries row "didam-arrest" makes a D1 statement of 100975 bytes; D1 allows at most 100000. Shorten that entry or split it.]`)
  })
})
