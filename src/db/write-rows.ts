/** Writes build rows into an empty database, in batches small enough for SQLite's parameter limit. */
import type { Kysely } from 'kysely'
import type { BuildRows } from './schema.ts'
import type { Database } from './schema.ts'

const BATCH = 50

export async function writeRows(db: Kysely<Database>, rows: BuildRows, info: Record<string, string>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const table of ['entries', 'entry_facets', 'links', 'entry_references', 'entry_changes'] as const) {
      const list = rows[table] as Record<string, unknown>[]
      for (let i = 0; i < list.length; i += BATCH) {
        await trx.insertInto(table).values(list.slice(i, i + BATCH) as never).execute()
      }
    }
    const infoRows = Object.entries(info).map(([key, value]) => ({ key, value }))
    if (infoRows.length) await trx.insertInto('build_info').values(infoRows).execute()
  })
}
