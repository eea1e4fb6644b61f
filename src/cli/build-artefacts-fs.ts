/**
 * Node-only: validates the content and writes a complete set of artefacts (SQLite database,
 * search index, manifest) into a new folder, then points `.build/current` at it.
 */
import { mkdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { countsOf } from '../content/corpus.ts'
import { loadContent } from '../content/load-fs.ts'
import type { Problem } from '../content/problems.ts'
import { DATA_DIR } from '../data/manifest.ts'
import { buildRepositoryUrl, writeDownloads } from '../build/downloads-fs.ts'
import { writeSqlite } from '../build/sqlite-fs.ts'
import { currentDir, DB_FILE, fingerprint, INDEX_FILE, MANIFEST_FILE, type Manifest } from '../build/artefacts-fs.ts'
import { fsyncFolder, fsyncPath, pruneBuilds } from '../build/durable-fs.ts'
import { readHistory } from '../build/history-fs.ts'
import { buildRowsAndIndex } from './search-rows.ts'
import { copyWatchReport } from '../build/watch-report-fs.ts'

export type BuildOutcome =
  | { ok: true; dir: string; manifest: Manifest; warnings: Problem[]; indexBytes: number; historyNote?: string }
  | { ok: false; problems: Problem[] }

export interface BuildOptions {
  /** Repository root holding rules/ and content/. */
  root: string
  /** Folder for artefacts, usually <root>/.build. */
  outRoot: string
  today?: string
}

export async function buildArtefacts({ root, outRoot, today }: BuildOptions): Promise<BuildOutcome> {
  const print = fingerprint(root)
  const { corpus, problems } = loadContent(root, today)
  if (problems.some((p) => p.severity === 'error')) return { ok: false, problems }

  const history = readHistory(root)
  const { rows, indexJson } = buildRowsAndIndex(corpus, history.files)
  const manifest: Manifest = {
    fingerprint: print,
    builtAt: new Date().toISOString(),
    counts: countsOf(corpus),
  }

  const buildsDir = join(outRoot, 'builds')
  const id = `${Date.now()}-${process.pid}`
  const dir = join(buildsDir, id)
  mkdirSync(dir, { recursive: true })
  try {
    await writeSqlite(join(dir, DB_FILE), rows, { fingerprint: manifest.fingerprint, built_at: manifest.builtAt })
    await writeDownloads({ dbFile: join(dir, DB_FILE), outDir: join(dir, DATA_DIR), builtAt: manifest.builtAt, repositoryUrl: buildRepositoryUrl() })
    writeFileSync(join(dir, INDEX_FILE), indexJson)
    copyWatchReport(root, dir)
    // The manifest is written last: a folder without one is incomplete by definition.
    writeFileSync(join(dir, MANIFEST_FILE), JSON.stringify(manifest, null, 2))
    // On the disk before the link points at it, so that a power cut cannot leave `current` pointing at empty files.
    fsyncFolder(dir)
    swapCurrent(outRoot, join('builds', id))
    fsyncPath(outRoot)
  } catch (error) {
    rmSync(dir, { recursive: true, force: true })
    throw error
  }
  pruneBuilds(outRoot, MANIFEST_FILE, id)
  return { ok: true, dir, manifest, warnings: problems, indexBytes: Buffer.byteLength(indexJson), historyNote: history.note }
}

function swapCurrent(outRoot: string, target: string): void {
  const link = currentDir(outRoot)
  const tmp = `${link}.${process.pid}.tmp`
  rmSync(tmp, { force: true })
  symlinkSync(target, tmp, 'dir')
  // rename() over an existing symlink is atomic on POSIX file systems.
  renameSync(tmp, link)
}
