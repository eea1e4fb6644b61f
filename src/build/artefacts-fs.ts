/**
 * Node-only: where build artefacts live and whether they are current.
 *
 * Each build writes a fresh folder under `.build/builds/`; `.build/current` is a symbolic link
 * to the last complete one and is replaced atomically (rename), so a reader never sees half a
 * build and a failed build leaves the last good one in place.
 */
import { createHash } from 'node:crypto'
import { existsSync, lstatSync, readdirSync, readFileSync, readlinkSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { KindName } from '../content/kinds.ts'
import { listContentFiles } from '../content/load-fs.ts'
import { watchReportSource } from './watch-report-fs.ts'
import { historyStamp } from './history-fs.ts'

export const DB_FILE = 'tussenruimte.sqlite'
export const INDEX_FILE = 'search-index.json'
export const MANIFEST_FILE = 'manifest.json'

export interface Manifest {
  fingerprint: string
  builtAt: string
  counts: Record<KindName, number>
}

export const currentDir = (outRoot: string) => join(outRoot, 'current')

export function readManifest(outRoot: string): Manifest | undefined {
  const file = join(currentDir(outRoot), MANIFEST_FILE)
  if (!existsSync(file)) return undefined
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Manifest
  } catch {
    return undefined
  }
}

const SRC = fileURLToPath(new URL('../', import.meta.url))
// Source folders whose code shapes the artefacts: a change there makes an old build stale too.
const BUILD_CODE = ['content', 'build', 'search', 'db', 'cli', 'data', 'openapi', 'scan']

/** A hash over the content files and the code that turns them into artefacts. */
export function fingerprint(root: string): string {
  const hash = createHash('sha256')
  for (const { file } of listContentFiles(root)) hash.update(file).update('\0').update(fileState(join(root, file))).update('\0')
  // A new watch report is news for the editors' page too.
  const report = watchReportSource(root)
  if (existsSync(report)) hash.update('watch-report\0').update(readFileSync(report))
  // A new commit changes the entries' history (dates, messages) even when the files are the same.
  hash.update(historyStamp(root)).update('\0')
  for (const dir of BUILD_CODE) {
    for (const file of walk(join(SRC, dir))) hash.update(relative(SRC, file)).update('\0').update(readFileSync(file))
  }
  return hash.digest('hex').slice(0, 16)
}

/**
 * What a content file holds, for the fingerprint, without following links or failing: a link
 * or a folder in place of a file is refused by the check, and must not stop the fingerprint.
 */
function fileState(path: string): Buffer | string {
  try {
    const stat = lstatSync(path)
    if (stat.isSymbolicLink()) return `link:${readlinkSync(path)}`
    return stat.isFile() ? readFileSync(path) : `not a file:${stat.mode}`
  } catch (error) {
    return `unreadable:${(error as NodeJS.ErrnoException).code}`
  }
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name)
      return statSync(path).isDirectory() ? walk(path) : [path]
    })
}

/** True when there is no complete build, or it was made from other content or code. */
export function isStale(root: string, outRoot: string): boolean {
  const manifest = readManifest(outRoot)
  if (!manifest) return true
  if (![DB_FILE, INDEX_FILE].every((f) => existsSync(join(currentDir(outRoot), f)))) return true
  return manifest.fingerprint !== fingerprint(root)
}
