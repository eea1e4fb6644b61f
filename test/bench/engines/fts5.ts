/**
 * SQLite FTS5 on the same documents, as in search-bench.md "fts5": unicode61 with
 * remove_diacritics 2, bm25 weights 3/2/1/1, every query word a prefix, implicit AND.
 * The database is a file under the OS temp folder; "load" is opening it read-only.
 */
import Database from 'better-sqlite3'
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BenchEngine } from './types.ts'

const SCHEMA = `
CREATE TABLE docs (rowid INTEGER PRIMARY KEY, id TEXT NOT NULL, title TEXT, summary TEXT, body TEXT, tags TEXT);
CREATE VIRTUAL TABLE fts USING fts5(title, summary, body, tags, content='docs', content_rowid='rowid',
  tokenize='unicode61 remove_diacritics 2');
`

/** Each word of the raw user string becomes a quoted prefix term; quoting keeps FTS5 syntax out. */
export function toMatchQuery(q: string): string | undefined {
  const words = q.match(/[\p{L}\p{N}]+/gu)
  return words?.length ? words.map((w) => `"${w}"*`).join(' ') : undefined
}

export const fts5Engine: BenchEngine = {
  name: 'fts5',
  description: "SQLite FTS5, tokenize 'unicode61 remove_diacritics 2', rank bm25(3,2,1,1), every term a prefix, AND",
  async build(docs) {
    const dir = mkdtempSync(join(tmpdir(), 'tussenruimte-bench-fts5-'))
    const file = join(dir, 'fts.sqlite')
    const started = performance.now()
    const writer = new Database(file)
    writer.pragma('journal_mode = OFF')
    writer.pragma('synchronous = OFF')
    writer.exec(SCHEMA)
    const insert = writer.prepare('INSERT INTO docs (rowid, id, title, summary, body, tags) VALUES (?, ?, ?, ?, ?, ?)')
    writer.transaction(() => docs.forEach((d, i) => insert.run(i + 1, d.id, d.title, d.summary, d.body, d.tags.join(' '))))()
    writer.exec("INSERT INTO fts (fts) VALUES ('rebuild'); INSERT INTO fts (fts) VALUES ('optimize');")
    writer.exec("INSERT INTO fts (fts, rank) VALUES ('rank', 'bm25(3.0, 2.0, 1.0, 1.0)')")
    const buildMs = performance.now() - started
    const ftsBytes = (writer.prepare("SELECT SUM(pgsize) AS n FROM dbstat WHERE name LIKE 'fts%'").get() as { n: number }).n
    const docsBytes = (writer.prepare("SELECT SUM(pgsize) AS n FROM dbstat WHERE name = 'docs'").get() as { n: number }).n
    writer.close()

    const loadStarted = performance.now()
    const db = new Database(file, { readonly: true, fileMustExist: true })
    const query = db.prepare('SELECT docs.id AS id FROM fts JOIN docs ON docs.rowid = fts.rowid WHERE fts MATCH ? ORDER BY rank LIMIT 10').pluck()
    const loadMs = performance.now() - loadStarted
    const mb = (n: number) => (n / 1e6).toFixed(1)
    return {
      buildMs,
      loadMs,
      sizeBytes: ftsBytes,
      notes: `DB file ${mb(statSync(file).size)} MB, of which FTS index ${mb(ftsBytes)} MB and documents ${mb(docsBytes)} MB`,
      search: async (q) => {
        const match = toMatchQuery(q)
        return match ? (query.all(match) as string[]) : []
      },
      close: async () => {
        db.close()
        rmSync(dir, { recursive: true, force: true })
      },
    }
  },
}
