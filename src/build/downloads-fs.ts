/**
 * Node-only: writes the downloads (src/data) of a finished build database into a folder: the
 * corpus as JSON, a CSV per listed kind, the codebook (JSON and CSV), the SQLite database itself
 * and downloads.json, the manifest that the data page and the DCAT catalogue read. Everything is
 * read back through the app's own repository, so the files hold what the API serves.
 */
import Database from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import { copyFileSync, mkdirSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { kindLabel, listedKinds, listingOf } from '../content/kinds.ts'
import { codebookCsv, codebookJson, corpusJson, csvPath, kindCsv } from '../data/dump.ts'
import { DATA_FORMAT_VERSION, DATA_PATH, DOWNLOADS_MANIFEST, type DownloadFile, type DownloadManifest } from '../data/manifest.ts'
import { createEntriesRepository, type EntryDetail } from '../db/entries.repository.ts'
import type { Database as Schema } from '../db/schema.ts'
import { defaultConfig } from '../env.ts'

/** The repository the downloads link commits to: REPOSITORY_URL at build time, as the app reads it at run time. */
export const buildRepositoryUrl = () => process.env.REPOSITORY_URL ?? defaultConfig.repositoryUrl

export const SQLITE_DOWNLOAD = 'tussenruimte.sqlite'
export const JSON_DOWNLOAD = 'tussenruimte.json'

export interface DownloadOptions {
  /** The finished build database. */
  dbFile: string
  /** The folder to write into (a build's data/ folder, or the Worker's public/data/). */
  outDir: string
  builtAt: string
  repositoryUrl: string
}

export async function writeDownloads({ dbFile, outDir, builtAt, repositoryUrl }: DownloadOptions): Promise<DownloadManifest> {
  const sqlite = new Database(dbFile, { readonly: true, fileMustExist: true })
  const db = new Kysely<Schema>({ dialect: new SqliteDialect({ database: sqlite }) })
  let details: EntryDetail[]
  try {
    const entries = createEntriesRepository(db)
    const lists = await Promise.all(listedKinds.map((kind) => entries.listEntries(kind)))
    details = []
    for (const summary of lists.flat()) details.push((await entries.findEntry(summary.type, summary.slug))!)
  } finally {
    await db.destroy()
  }

  mkdirSync(outDir, { recursive: true })
  const files: DownloadFile[] = []
  const write = (name: string, data: string | undefined, meta: Omit<DownloadFile, 'path' | 'bytes'>) => {
    const file = join(outDir, name)
    if (data === undefined) copyFileSync(dbFile, file)
    else writeFileSync(file, data)
    files.push({ path: `${DATA_PATH}/${name}`, bytes: statSync(file).size, ...meta })
  }
  const counts = Object.fromEntries(listedKinds.map((kind) => [listingOf(kind).api, details.filter((e) => e.type === kind).length]))
  const total = details.length
  write(JSON_DOWNLOAD, `${JSON.stringify(corpusJson(details, { builtAt, repositoryUrl }), null, 1)}\n`, {
    mediaType: 'application/json',
    format: 'JSON',
    title: { nl: 'Het hele corpus (JSON)', en: 'The whole corpus (JSON)' },
    description: {
      nl: `Alle ${total} items met tekst, bronnen, verbanden en wijzigingen, in dezelfde velden als de API; formaatversie ${DATA_FORMAT_VERSION}.`,
      en: `All ${total} entries with text, sources, links and changes, in the same fields as the API; format version ${DATA_FORMAT_VERSION}.`,
    },
  })
  for (const kind of listedKinds) {
    write(csvPath(kind).slice(DATA_PATH.length + 1), kindCsv(kind, details), {
      mediaType: 'text/csv',
      format: 'CSV',
      title: { nl: `${kindLabel(kind, 'nl')} (CSV)`, en: `${kindLabel(kind, 'en')} (CSV)` },
      description: {
        nl: `${counts[listingOf(kind).api]} ${kindLabel(kind, 'nl').toLowerCase()}, één per rij, met de kolommen uit het codeboek (zonder tekst en bronnen).`,
        en: `${counts[listingOf(kind).api]} ${kindLabel(kind, 'en').toLowerCase()}, one per row, with the columns of the codebook (without text and sources).`,
      },
    })
  }
  write('codebook.json', `${JSON.stringify(codebookJson(), null, 1)}\n`, {
    mediaType: 'application/json',
    format: 'JSON',
    title: { nl: 'Codeboek (JSON)', en: 'Codebook (JSON)' },
    description: { nl: 'Per CSV-kolom: soort, verplicht, betekenis en toegestane waarden met hun namen.', en: 'Per CSV column: type, required, meaning and allowed values with their names.' },
  })
  write('codebook.csv', codebookCsv(), {
    mediaType: 'text/csv',
    format: 'CSV',
    title: { nl: 'Codeboek (CSV)', en: 'Codebook (CSV)' },
    description: { nl: 'Hetzelfde codeboek als tabel.', en: 'The same codebook as a table.' },
  })
  write(SQLITE_DOWNLOAD, undefined, {
    mediaType: 'application/vnd.sqlite3',
    format: 'SQLite',
    title: { nl: 'De database (SQLite)', en: 'The database (SQLite)' },
    description: {
      nl: 'De database waaruit de site zelf leest: items, kenmerken, verbanden, bronnen en wijzigingen, in tabellen (schema in src/db/migrations).',
      en: 'The database the site itself reads: entries, facets, links, sources and changes, in tables (schema in src/db/migrations).',
    },
  })
  const manifest: DownloadManifest = { formatVersion: DATA_FORMAT_VERSION, builtAt, counts, files }
  writeFileSync(join(outDir, DOWNLOADS_MANIFEST), JSON.stringify(manifest, null, 2))
  return manifest
}
