/**
 * Node-only: reads every content file under a root folder, parses and checks it.
 */
import { readdirSync, existsSync, realpathSync } from 'node:fs'
import { join, sep } from 'node:path'
import { checkCorpus, groupEntries, type Corpus } from './corpus.ts'
import { parseEntry, type Entry, type RawDocument } from './parse.ts'
import type { Problem } from './problems.ts'
import { kindNames, kindRegistry, type KindName } from './kinds.ts'
import { readContentSource } from './read-source-fs.ts'
import { checkScan, knownSlugsOf } from '../scan/check.ts'

export interface LoadResult {
  corpus: Corpus
  problems: Problem[]
  /** Number of files read. */
  files: number
}

export function todayIso(): string {
  return new Date().toISOString().slice(0, 10)
}

/** The content files below a root, as repository-relative paths with their kind. */
export function listContentFiles(root: string): { file: string; kind: KindName }[] {
  const files: { file: string; kind: KindName }[] = []
  for (const kind of kindNames) {
    const { dir } = kindRegistry[kind]
    const abs = join(root, dir)
    if (!existsSync(abs) || !insideRoot(root, abs)) continue
    for (const name of readdirSync(abs).sort()) {
      if (name.endsWith('.md') && !name.startsWith('_') && name.toLowerCase() !== 'readme.md') files.push({ file: `${dir}/${name}`, kind })
    }
  }
  return files
}

/** A content folder that resolves (through a symbolic link) to somewhere outside the repository is not read. */
function insideRoot(root: string, abs: string): boolean {
  const real = realpathSync(abs)
  const top = realpathSync(root)
  return real === top || real.startsWith(top + sep)
}

export function loadContent(root: string, today = todayIso()): LoadResult {
  const entries: Entry[] = []
  const problems: Problem[] = []
  const documents: RawDocument[] = []
  const files = listContentFiles(root)
  const scans: { file: string; source: string }[] = []
  for (const { dir } of Object.values(kindRegistry)) {
    const abs = join(root, dir)
    if (existsSync(abs) && !insideRoot(root, abs)) problems.push({ file: dir, line: 1, field: 'folder', problem: 'links to a folder outside the repository', expected: `a plain folder ${dir}/ in the repository`, severity: 'error' })
  }
  for (const { file, kind } of files) {
    const read = readContentSource(root, file)
    if (kind === 'scan' && 'source' in read) scans.push({ file, source: read.source })
    const result = 'source' in read ? parseEntry({ file, source: read.source, kind, today }) : { problems: [read.problem] }
    problems.push(...result.problems)
    if ('entry' in result && result.entry) entries.push(result.entry)
    // A file that could not be read or parsed still exists: links to it are not reported as broken too.
    documents.push(('document' in result && result.document) || { kind, slug: file.split('/').pop()!.replace(/\.md$/, ''), file, data: {}, lineOf: () => 1 })
  }
  const corpus = groupEntries(entries)
  problems.push(...checkCorpus(documents))
  // A scan's schema is checked above like any entry's; its own check adds what a schema cannot
  // see: conditions, the slugs in its nested tables, and the flow (no dead end, no lost question).
  const known = knownSlugsOf(files)
  for (const scan of scans) problems.push(...checkScan({ ...scan, known, today, schemaChecked: true }).problems)
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line)
  return { corpus, problems, files: files.length }
}
