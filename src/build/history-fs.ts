/**
 * Node-only: the history of each content file from git, read once per build with one `git log`
 * over the content folders. Nothing here is required: without git, or outside a repository, the
 * build goes on without history (pages then show the review date) and says so; in a shallow clone
 * the commit at the cut-off, which seems to add every file, is left out and the build says that
 * older history is missing.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { kindNames, kindRegistry } from '../content/kinds.ts'

export interface FileChange {
  commit: string
  /** Commit time, ISO 8601 with offset. */
  date: string
  message: string
  added: boolean
}

export interface History {
  /** Changes per repository-relative content file (rules/didam-arrest.md), newest first. */
  files: Map<string, FileChange[]>
  /** Set when the history is missing or incomplete: what a person running the build should know. */
  note?: string
}

const RECORD = '\u001e'
const FIELD = '\u001f'

function git(root: string, args: string[]): string {
  return execFileSync('git', ['-C', root, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 })
}

/** The content folders, relative to the content root: every kind's folder. */
const contentDirs = () => [...new Set(kindNames.map((kind) => kindRegistry[kind].dir))]

/** Reads the history of every content file under `root`; never throws. */
export function readHistory(root: string): History {
  const files = new Map<string, FileChange[]>()
  let log: string
  try {
    // --relative: paths relative to root, also when root is a folder inside the repository (the test corpus).
    log = git(root, ['log', '--no-merges', '--relative', '--name-status', `--format=${RECORD}%H${FIELD}%cI${FIELD}%s`, '--', ...contentDirs()])
  } catch (error) {
    const reason = error instanceof Error ? (error.message.split('\n').find((l) => l.startsWith('fatal:')) ?? error.message.split('\n')[0]) : String(error)
    return { files, note: `No git history (${reason?.trim()}): entries show their review date as their last change, and the feeds have one item per entry.` }
  }
  const cutOff = shallowCommits(root)
  for (const record of log.split(RECORD).slice(1)) {
    const [header = '', ...lines] = record.split('\n')
    const [commit = '', date = '', message = ''] = header.split(FIELD)
    if (cutOff.has(commit)) continue
    for (const line of lines) {
      const [status = '', ...paths] = line.split('\t')
      const file = paths.at(-1)
      if (!file || !/^[AMR]/.test(status)) continue
      const list = files.get(file) ?? []
      list.push({ commit, date, message, added: status.startsWith('A') })
      files.set(file, list)
    }
  }
  if (cutOff.size) {
    return { files, note: 'This is a shallow clone: changes before its oldest commit are missing, and entries without a later change show their review date. Run `git fetch --unshallow` for the full history.' }
  }
  return { files }
}

/** Commits at the cut-off of a shallow clone: git reports every file as added there. */
function shallowCommits(root: string): Set<string> {
  try {
    if (git(root, ['rev-parse', '--is-shallow-repository']).trim() !== 'true') return new Set()
    const file = git(root, ['rev-parse', '--path-format=absolute', '--git-path', 'shallow']).trim()
    return new Set(readFileSync(file, 'utf8').split('\n').filter(Boolean))
  } catch {
    return new Set()
  }
}

/** The newest commit that touched the content, so a build made before a commit is seen as stale after it. */
export function historyStamp(root: string): string {
  try {
    return git(root, ['log', '-1', '--format=%H', '--', ...contentDirs()]).trim()
  } catch {
    return ''
  }
}
