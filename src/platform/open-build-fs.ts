/**
 * Node-only: makes sure a current build exists (building when content or build code changed)
 * and opens it as the app's dependencies.
 */
import { buildOpenApi } from '../openapi/document.ts'
import Database from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { currentDir, DB_FILE, INDEX_FILE, isStale, readManifest } from '../build/artefacts-fs.ts'
import { buildArtefacts } from '../cli/build-artefacts-fs.ts'
import { buildWebAssets } from '../build/web-assets-fs.ts'
import { formatProblem } from '../content/problems.ts'
import { DATA_DIR, DOWNLOADS_MANIFEST, type DownloadManifest } from '../data/manifest.ts'
import type { Database as Schema } from '../db/schema.ts'
import { configFrom, issueRelayFrom, type Deps } from '../env.ts'
import { loadSearchIndex } from '../search/engine.ts'
import { WATCH_REPORT_FILE } from '../build/watch-report-fs.ts'
import { parseWatchReport } from '../watch/report.ts'
import { parsePublicUrl } from '../site/public-url.ts'
import { createScanNoteRoutes } from '../routes/scan-note-routes.tsx'

/**
 * Builds if needed: `current` when the build was already up to date, `built` after a new
 * build, `kept` when the content has errors but an earlier build can serve, `none` when not.
 */
export async function ensureBuild(root: string, outRoot: string): Promise<'current' | 'built' | 'kept' | 'none'> {
  let outcome: Awaited<ReturnType<typeof buildArtefacts>>
  try {
    if (!isStale(root, outRoot)) return 'current'
    outcome = await buildArtefacts({ root, outRoot })
  } catch (error) {
    // Whatever the sources hold, a good earlier build keeps serving; say what went wrong.
    console.error(`The build failed: ${error instanceof Error ? error.message : String(error)}`)
    const kept = readManifest(outRoot)
    console.error(kept ? `Serving the last good build from ${kept.builtAt}.` : 'There is no earlier build to serve.')
    return kept ? 'kept' : 'none'
  }
  if (outcome.ok) {
    if (outcome.historyNote) console.log(outcome.historyNote)
    return 'built'
  }
  for (const p of outcome.problems.filter((p) => p.severity === 'error')) console.error(formatProblem(p))
  const kept = readManifest(outRoot)
  console.error(kept ? `\nContent has errors; serving the last good build from ${kept.builtAt}.` : '\nContent has errors and there is no earlier build to serve.')
  return kept ? 'kept' : 'none'
}

/** The build's download manifest; undefined for a build made before downloads existed. */
function readDownloads(file: string): DownloadManifest | undefined {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as DownloadManifest) : undefined
}

export async function openBuild(outRoot: string): Promise<Deps & { close(): void }> {
  const dir = currentDir(outRoot)
  const sqlite = new Database(join(dir, DB_FILE), { readonly: true, fileMustExist: true })
  const db = new Kysely<Schema>({ dialect: new SqliteDialect({ database: sqlite }) })
  const search = loadSearchIndex(readFileSync(join(dir, INDEX_FILE), 'utf8'))
  const assets = await buildWebAssets(outRoot)
  const config = { ...configFrom(process.env), publicUrl: parsePublicUrl(process.env.PUBLIC_URL) }
  const reportFile = join(dir, WATCH_REPORT_FILE)
  const parsed = existsSync(reportFile) ? parseWatchReport(JSON.parse(readFileSync(reportFile, 'utf8'))) : undefined
  const watchReport = parsed && 'report' in parsed ? parsed.report : undefined
  const downloads = readDownloads(join(dir, DATA_DIR, DOWNLOADS_MANIFEST))
  // The .docx writer (and the docx library) loads with the first note asked for, not at start-up.
  const renderNoteDocx: Deps['renderNoteDocx'] = async (note) => (await import('./note-docx.ts')).noteToDocx(note)
  const issueRelay = issueRelayFrom(process.env)
  return { db, search, assets, config, issueRelay, watchReport, downloads, openApi: buildOpenApi(), renderNoteDocx, scanNoteRoutes: createScanNoteRoutes, close: () => sqlite.close() }
}
