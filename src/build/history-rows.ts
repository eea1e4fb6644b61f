/**
 * Adds the history of each entry's file to the build rows (table entry_changes). Pure: the
 * history is read by src/build/history-fs.ts, or made up by tests.
 */
import type { BuildRows } from './rows.ts'

export interface ChangeRecord {
  commit: string
  date: string
  message: string
  added: boolean
}

/** Fills rows.entry_changes from the changes per source file, newest first per entry. */
export function addHistory(rows: BuildRows, files: ReadonlyMap<string, readonly ChangeRecord[]>): BuildRows {
  for (const entry of rows.entries) {
    const changes = [...(files.get(entry.source_path) ?? [])].sort((a, b) => Date.parse(b.date) - Date.parse(a.date))
    changes.forEach((change, position) =>
      rows.entry_changes.push({
        slug: entry.slug,
        position,
        commit_sha: change.commit,
        committed_at: change.date,
        message: change.message,
        change: change.added ? 'added' : 'modified',
      }),
    )
  }
  return rows
}
