/**
 * The app's own search, wired exactly as the build and the Node platform wire it:
 * build rows → addSearch (in-memory index of short fields + FTS5 body rows) → a build
 * database with the real migrations → loadSearchIndex → runSearch (the service the API uses).
 *
 * This is the ONE file to update when the engine's API changes (async search, a database
 * behind it, new Deps): the in-process adapter and the HTTP server's deps both live here.
 */
import { buildOpenApi } from '../../../src/openapi/document.ts'
import Database from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { BuildRows } from '../../../src/build/rows.ts'
import { barriers, domains, instruments, levels, outcomes } from '../../../src/content/taxonomy.ts'
import { applyMigrations } from '../../../src/db/migrate.ts'
import { readMigrations } from '../../../src/db/migrations-fs.ts'
import type { Database as Schema } from '../../../src/db/schema.ts'
import { writeRows } from '../../../src/db/write-rows.ts'
import { defaultConfig, type Deps } from '../../../src/env.ts'
import { addSearch } from '../../../src/cli/search-rows.ts'
import { escapeHtml } from '../../../src/content/escape-html.ts'
import { createEntriesRepository } from '../../../src/db/entries.repository.ts'
import { loadSearchIndex } from '../../../src/search/engine.ts'
import { runSearch } from '../../../src/services/search.ts'
import { statSync } from 'node:fs'
import type { BenchDoc } from '../corpus.ts'
import type { BenchEngine } from './types.ts'

const TYPES = ['rule', 'workaround', 'case'] as const

/** Facet values picked from the real taxonomy by document index, so facet counting does real work. */
function facetRows(doc: BenchDoc, i: number, type: (typeof TYPES)[number]): BuildRows['entry_facets'] {
  const pick = (keys: readonly string[], salt: number) => keys[(i * 7 + salt * 13 + (i >> 3)) % keys.length]!
  const rows = [
    { slug: doc.id, facet: 'domain', value: pick(domains.keys, 1) },
    { slug: doc.id, facet: 'domain', value: pick(domains.keys, 2) },
    { slug: doc.id, facet: 'level', value: pick(levels.keys, 3) },
    { slug: doc.id, facet: 'instrument', value: pick(instruments.keys, 4) },
  ]
  if (type === 'case') rows.push({ slug: doc.id, facet: 'outcome', value: pick(outcomes.keys, 5) }, { slug: doc.id, facet: 'barrier', value: pick(barriers.keys, 6) })
  // The same value twice would break the facet table's primary key.
  return rows.filter((r, j) => rows.findIndex((o) => o.facet === r.facet && o.value === r.value) === j)
}


/** The build rows the real build would write for these documents (tags have no field here). */
export function toBuildRows(docs: readonly BenchDoc[]): BuildRows {
  const rows: BuildRows = { entries: [], entry_facets: [], links: [], entry_references: [], entry_changes: [] }
  docs.forEach((doc, i) => {
    const type = TYPES[i % TYPES.length]!
    rows.entries.push({
      slug: doc.id,
      type,
      title: doc.title,
      title_en: null,
      summary: doc.summary,
      summary_en: null,
      body_html: doc.body.split('\n\n').map((p) => `<p>${escapeHtml(p)}</p>`).join('\n'),
      body_text: doc.body,
      meta_json: JSON.stringify({ aliases: [] }),
      last_reviewed: '2026-11-01',
      review_by: null,
      source_path: `content/${type}s/${doc.id}.md`,
    })
    rows.entry_facets.push(...facetRows(doc, i, type))
  })
  return rows
}

export const tussenruimteEngine: BenchEngine = {
  name: 'tussenruimte',
  description: 'the app: MiniSearch over titles and aliases + a typed-array body index of analysed summaries and bodies scored with BM25 (src/search), queried through runSearch; index size = the serialized search index (the SQLite file holds the documents for pages and snippets, as the other engines hold their corpus)',
  async build(docs, options = {}) {
    const started = performance.now()
    const { rows, indexJson } = addSearch(toBuildRows(docs))
    const { dir, file } = await writeDatabase(rows)
    const buildMs = performance.now() - started
    const loadStarted = performance.now()
    const engine = loadSearchIndex(indexJson)
    const db = new Kysely<Schema>({ dialect: new SqliteDialect({ database: new Database(file, { readonly: true, fileMustExist: true }) }) })
    const entries = createEntriesRepository(db)
    const loadMs = performance.now() - loadStarted
    return {
      buildMs,
      loadMs,
      sizeBytes: Buffer.byteLength(indexJson),
      notes: `SQLite file with the documents (pages, snippets) ${(statSync(file).size / 1024 / 1024).toFixed(1)} MB`,
      gzipBytes: options.gzip ? gzipSync(indexJson, { level: 6 }).length : undefined,
      search: async (q) => (await runSearch(engine, entries, { q, filters: {}, limit: 10, offset: 0 })).results.map((h) => h.slug),
      close: async () => {
        await db.destroy()
        rmSync(dir, { recursive: true, force: true })
      },
    }
  },
}

/** Writes the rows into a fresh build database file with the real migrations. */
async function writeDatabase(rows: BuildRows): Promise<{ dir: string; file: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'tussenruimte-bench-db-'))
  const file = join(dir, 'build.sqlite')
  const writer = new Kysely<Schema>({ dialect: new SqliteDialect({ database: new Database(file) }) })
  await applyMigrations(writer, readMigrations())
  await writeRows(writer, rows, { fingerprint: 'bench' })
  await writer.destroy()
  return { dir, file }
}

/**
 * The app's dependencies for these documents, as the Node platform opens them: a build
 * database file (written, then reopened read-only) and the loaded search index.
 */
export async function createBenchDeps(docs: readonly BenchDoc[]): Promise<{ deps: Deps; close(): Promise<void> }> {
  const { rows, indexJson } = addSearch(toBuildRows(docs))
  const { dir, file } = await writeDatabase(rows)
  const db = new Kysely<Schema>({ dialect: new SqliteDialect({ database: new Database(file, { readonly: true, fileMustExist: true }) }) })
  const search = loadSearchIndex(indexJson)
  const deps: Deps = {
    db,
    search,
    assets: { css: '/assets/style.css', scripts: { search: '/assets/search.js' } },
    config: defaultConfig,
    openApi: buildOpenApi(),
    today: () => '2026-11-27',
  }
  return {
    deps,
    close: async () => {
      await db.destroy()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
