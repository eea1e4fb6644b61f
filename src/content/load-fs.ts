/**
 * Node-only: reads every content file under a root folder, parses and checks it.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { checkCorpus, groupEntries, type Corpus } from './corpus.ts'
import { parseEntry, type Entry, type RawDocument } from './parse.ts'
import type { Problem } from './problems.ts'
import { kindNames, kindRegistry, type KindName } from './kinds.ts'
import { checkScan } from '../scan/check.ts'

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
    if (!existsSync(abs)) continue
    for (const name of readdirSync(abs).sort()) {
      if (name.endsWith('.md') && !name.startsWith('_') && name.toLowerCase() !== 'readme.md') files.push({ file: `${dir}/${name}`, kind })
    }
  }
  return files
}

export function loadContent(root: string, today = todayIso()): LoadResult {
  const entries: Entry[] = []
  const problems: Problem[] = []
  const documents: RawDocument[] = []
  const files = listContentFiles(root)
  const scans: { file: string; source: string }[] = []
  for (const { file, kind } of files) {
    const source = readFileSync(join(root, file), 'utf8')
    if (kind === 'scan') scans.push({ file, source })
    const result = parseEntry({ file, source, kind, today })
    problems.push(...result.problems)
    if (result.entry) entries.push(result.entry)
    if (result.document) documents.push(result.document)
  }
  const corpus = groupEntries(entries)
  problems.push(...checkCorpus(documents))
  // A scan's schema is checked above like any entry's; its own check adds what a schema cannot
  // see: conditions, the slugs in its nested tables, and the flow (no dead end, no lost question).
  const base = (file: string) => file.split('/').pop()!.replace(/\.md$/, '')
  const slugsOf = (kind: KindName) => new Set(files.filter((f) => f.kind === kind).map((f) => base(f.file)))
  const known = { rules: slugsOf('rule'), workarounds: slugsOf('workaround'), cases: slugsOf('case'), scans: slugsOf('scan') }
  for (const scan of scans) problems.push(...checkScan({ ...scan, known, today, schemaChecked: true }).problems)
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line)
  return { corpus, problems, files: files.length }
}
