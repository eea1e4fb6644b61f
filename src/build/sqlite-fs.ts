/** Node-only: writes build rows into a new SQLite file, created from the same migrations D1 applies. */
import Database from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import { applyMigrations } from '../db/migrate.ts'
import { readMigrations } from '../db/migrations-fs.ts'
import type { BuildRows, Database as Schema } from '../db/schema.ts'
import { writeRows } from '../db/write-rows.ts'

export async function writeSqlite(file: string, rows: BuildRows, info: Record<string, string>): Promise<void> {
  const db = new Kysely<Schema>({ dialect: new SqliteDialect({ database: new Database(file) }) })
  try {
    await applyMigrations(db, readMigrations())
    await writeRows(db, rows, info)
  } finally {
    await db.destroy()
  }
}
