/**
 * Applies the SQL migrations to a Kysely database. The migration text is passed in, so this
 * module works wherever Kysely does; reading the files is the caller's job.
 */
import { sql, type Kysely } from 'kysely'

export interface Migration {
  name: string
  sql: string
}

/** Splits a migration into statements: on semicolons that end a line, ignoring comment lines. */
export function splitStatements(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('--'))
    .join('\n')
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter(Boolean)
}

export async function applyMigrations(db: Kysely<any>, migrations: readonly Migration[]): Promise<void> {
  for (const migration of migrations) {
    for (const statement of splitStatements(migration.sql)) await sql.raw(statement).execute(db)
  }
}
