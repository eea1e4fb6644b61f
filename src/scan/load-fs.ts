/**
 * Node-only: reads every scan in content/scans/ and checks it against the slugs that exist in
 * the corpus (from the content loader's file listing).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { listContentFiles, todayIso } from '../content/load-fs.ts'
import type { Problem } from '../content/problems.ts'
import type { Scan } from './compile.ts'
import { checkScan, type KnownSlugs } from './check.ts'

export const SCANS_DIR = 'content/scans'

export interface ScanLoadResult {
  scans: Scan[]
  problems: Problem[]
  files: number
}

/** The scan files under a root, as repository-relative paths. */
export function listScanFiles(root: string): string[] {
  const abs = join(root, SCANS_DIR)
  if (!existsSync(abs)) return []
  return readdirSync(abs)
    .filter((name) => name.endsWith('.md') && !name.startsWith('_') && name.toLowerCase() !== 'readme.md')
    .sort()
    .map((name) => `${SCANS_DIR}/${name}`)
}

/** The slugs that exist per kind, read from the file names (a file with problems still exists). */
export function knownSlugs(root: string): KnownSlugs {
  const base = (file: string) => file.split('/').pop()!.replace(/\.md$/, '')
  const files = listContentFiles(root)
  const of = (kind: string) => new Set(files.filter((f) => f.kind === kind).map((f) => base(f.file)))
  return { rules: of('rule'), workarounds: of('workaround'), cases: of('case'), scans: new Set(listScanFiles(root).map(base)) }
}

export function loadScans(root: string, today = todayIso()): ScanLoadResult {
  const known = knownSlugs(root)
  const files = listScanFiles(root)
  const scans: Scan[] = []
  const problems: Problem[] = []
  for (const file of files) {
    const result = checkScan({ file, source: readFileSync(join(root, file), 'utf8'), known, today })
    problems.push(...result.problems)
    if (result.scan) scans.push(result.scan)
  }
  return { scans, problems, files: files.length }
}
