/**
 * Builds the app in memory from a content folder: validate, render, write rows into an
 * in-memory SQLite database with the real migrations, build and load the search index.
 */
import { buildOpenApi } from '../../src/openapi/document.ts'
import Database from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import { fileURLToPath } from 'node:url'
import { createApp } from '../../src/app.tsx'
import { readHistory } from '../../src/build/history-fs.ts'
import type { ChangeRecord } from '../../src/build/history-rows.ts'
import { buildRowsAndIndex } from '../../src/cli/search-rows.ts'
import { loadContent } from '../../src/content/load-fs.ts'
import { formatProblem } from '../../src/content/problems.ts'
import { applyMigrations } from '../../src/db/migrate.ts'
import { readMigrations } from '../../src/db/migrations-fs.ts'
import type { Database as Schema } from '../../src/db/schema.ts'
import { writeRows } from '../../src/db/write-rows.ts'
import { configFrom, type Deps } from '../../src/env.ts'
import { loadSearchIndex } from '../../src/search/engine.ts'

export const FIXTURE_CORPUS = fileURLToPath(new URL('../fixtures/corpus/', import.meta.url))
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url))
export const TODAY = '2026-12-03'

/**
 * `history`: the changes per content file; by default read from git as the real build does, so
 * the Node app and the Worker (built by the real build) hold the same rows.
 */
export async function createTestDeps(root = FIXTURE_CORPUS, today = TODAY, history: ReadonlyMap<string, readonly ChangeRecord[]> = readHistory(root).files): Promise<Deps> {
  const { corpus, problems } = loadContent(root, today)
  const errors = problems.filter((p) => p.severity === 'error')
  if (errors.length) throw new Error(`content has errors:\n${errors.map(formatProblem).join('\n')}`)
  const { rows, indexJson } = buildRowsAndIndex(corpus, history)
  const db = new Kysely<Schema>({ dialect: new SqliteDialect({ database: new Database(':memory:') }) })
  await applyMigrations(db, readMigrations())
  await writeRows(db, rows, { fingerprint: 'test' })
  return {
    db,
    search: loadSearchIndex(indexJson),
    assets: { css: '/assets/style.test.css', scripts: { search: '/assets/search.test.js' } },
    config: configFrom({ REPOSITORY_URL: 'https://example.org/tussenruimte', EDITORIAL_EMAIL: 'redactie@example.org', PUBLISHER: 'Stichting Voorbeeld' }),
    openApi: buildOpenApi(),
    today: () => today,
  }
}

export async function createTestApp(root = FIXTURE_CORPUS, today = TODAY) {
  return createApp(await createTestDeps(root, today))
}
