/**
 * Node-only: everything the Worker deployment needs besides its code, from the same rows as the
 * Node build: the static assets (front end + serialized search index) and the D1 seed SQL.
 * Written into a fresh folder and swapped in whole, so a failed build leaves the last good one.
 */
import { buildOpenApi } from '../openapi/document.ts'
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { loadContent } from '../content/load-fs.ts'
import type { Problem } from '../content/problems.ts'
import { fingerprint } from '../build/artefacts-fs.ts'
import { readHistory } from '../build/history-fs.ts'
import { buildRowsAndIndex } from './search-rows.ts'
import { seedSql } from '../build/seed-sql.ts'
import { DATA_DIR, DATA_HEADERS } from '../data/manifest.ts'
import { buildRepositoryUrl, SQLITE_DOWNLOAD, writeDownloads } from '../build/downloads-fs.ts'
import { writeSqlite } from '../build/sqlite-fs.ts'
import { ASSETS_DIR, buildWebAssets } from '../build/web-assets-fs.ts'
import { readWatchReportText } from '../build/watch-report-fs.ts'
import { ASSET_HEADERS, ASSET_MANIFEST, HEADERS_FILE, INDEX_ASSET, OPENAPI_ASSET, PUBLIC_DIR, SEED_FILE, WATCH_REPORT_ASSET } from '../build/worker-layout.ts'

export interface WorkerArtefacts {
  dir: string
  publicDir: string
  seedFile: string
  indexBytes: number
  seedBytes: number
  counts: { entries: number; facets: number; links: number; references: number }
}

export type WorkerBuildOutcome = ({ ok: true; warnings: Problem[]; historyNote?: string } & WorkerArtefacts) | { ok: false; problems: Problem[] }

export interface WorkerBuildOptions {
  /** Repository root holding rules/ and content/. */
  root: string
  /** Output folder, usually <root>/.build/worker. */
  outDir: string
  today?: string
  /** Front-end sources; the repository's web/ by default. */
  webDir?: string
}

export async function buildWorkerArtefacts({ root, outDir, today, webDir }: WorkerBuildOptions): Promise<WorkerBuildOutcome> {
  const { corpus, problems } = loadContent(root, today)
  if (problems.some((p) => p.severity === 'error')) return { ok: false, problems }

  const history = readHistory(root)
  const { rows, indexJson: index } = buildRowsAndIndex(corpus, history.files)
  const print = fingerprint(root)
  const builtAt = new Date().toISOString()
  const seed = seedSql(rows, { fingerprint: print, built_at: builtAt })

  const tmp = `${outDir}.${process.pid}.tmp`
  rmSync(tmp, { recursive: true, force: true })
  try {
    const publicDir = join(tmp, PUBLIC_DIR)
    const manifest = await buildWebAssets(publicDir, webDir)
    // The manifest names the hashed files, so it is not hashed itself: keep it out of assets/, which is cached forever.
    rmSync(join(publicDir, ASSETS_DIR, 'manifest.json'))
    const write = (path: string, data: string) => {
      mkdirSync(dirname(join(publicDir, path)), { recursive: true })
      writeFileSync(join(publicDir, path), data)
    }
    write(ASSET_MANIFEST, JSON.stringify(manifest))
    write(INDEX_ASSET, index)
    write(OPENAPI_ASSET, JSON.stringify(buildOpenApi()))
    write(HEADERS_FILE, ASSET_HEADERS + DATA_HEADERS)
    const watchReport = readWatchReportText(root)
    if (watchReport) write(WATCH_REPORT_ASSET, watchReport)
    writeFileSync(join(tmp, SEED_FILE), seed)
    // The downloads, from an SQLite database written from the same rows as the seed.
    const dbFile = join(tmp, SQLITE_DOWNLOAD)
    await writeSqlite(dbFile, rows, { fingerprint: print, built_at: builtAt })
    await writeDownloads({ dbFile, outDir: join(publicDir, DATA_DIR), builtAt, repositoryUrl: buildRepositoryUrl() })
    rmSync(dbFile)
    swapIn(tmp, outDir)
  } catch (error) {
    rmSync(tmp, { recursive: true, force: true })
    throw error
  }
  return {
    ok: true,
    warnings: problems,
    historyNote: history.note,
    dir: outDir,
    publicDir: join(outDir, PUBLIC_DIR),
    seedFile: join(outDir, SEED_FILE),
    indexBytes: Buffer.byteLength(index),
    seedBytes: Buffer.byteLength(seed),
    counts: { entries: rows.entries.length, facets: rows.entry_facets.length, links: rows.links.length, references: rows.entry_references.length },
  }
}

function swapIn(tmp: string, dir: string): void {
  mkdirSync(dirname(dir), { recursive: true })
  const old = `${dir}.${process.pid}.old`
  if (existsSync(dir)) renameSync(dir, old)
  renameSync(tmp, dir)
  rmSync(old, { recursive: true, force: true })
}
