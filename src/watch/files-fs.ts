/**
 * Node-only: the watch's state file and its report folder. Both are written to a temporary name
 * and renamed, so an interrupted run never leaves half a file.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { renderEntryMarkdown, renderReportMarkdown, type MarkdownOptions } from './markdown.ts'
import type { WatchReport } from './report.ts'
import { emptyState, parseState, type WatchState } from './state.ts'

function writeAtomic(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true })
  const tmp = `${path}.${process.pid}.tmp`
  writeFileSync(tmp, text)
  renameSync(tmp, path)
}

/** The saved state, a fresh one when there is no file, or a message when the file is broken. */
export function readState(path: string): { state: WatchState } | { problem: string } {
  if (!existsSync(path)) return { state: emptyState() }
  try {
    return parseState(JSON.parse(readFileSync(path, 'utf8')))
  } catch (error) {
    return { problem: `the state file is not JSON: ${error instanceof Error ? error.message : String(error)}` }
  }
}

export function writeState(path: string, state: WatchState): void {
  writeAtomic(path, JSON.stringify(state, null, 1) + '\n')
}

/**
 * Writes report.json and report.md, and entries/<slug>.json and .md for every entry with signals.
 * Returns the files written, relative to the folder.
 */
export function writeReport(dir: string, report: WatchReport, options: MarkdownOptions): string[] {
  const entriesDir = join(dir, 'entries')
  // Entries without signals this time must not keep last week's files.
  rmSync(entriesDir, { recursive: true, force: true })
  const written: string[] = []
  const write = (name: string, text: string) => {
    writeAtomic(join(dir, name), text)
    written.push(name)
  }
  for (const entry of report.entries.filter((e) => e.signals.length)) {
    write(`entries/${entry.slug}.json`, JSON.stringify({ generatedAt: report.generatedAt, since: report.since, ...entry }, null, 2) + '\n')
    write(`entries/${entry.slug}.md`, renderEntryMarkdown(report, entry, options))
  }
  write('report.json', JSON.stringify(report, null, 2) + '\n')
  write('report.md', renderReportMarkdown(report, options))
  return written
}
