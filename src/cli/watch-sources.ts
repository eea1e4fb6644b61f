/**
 * `npm run watch:sources`: checks every source the corpus cites for what changed since the last
 * run and writes a report per entry. Never changes the content.
 */
import { listedKinds, type ListedKind } from '../content/kinds.ts'
import type { EntryOf } from '../content/parse.ts'
import { parseArgs } from 'node:util'
import { join, resolve } from 'node:path'
import { loadContent, todayIso } from '../content/load-fs.ts'
import { defaultRepositoryUrl, defaults, userAgent, type WatchConfig } from '../watch/config.ts'
import { readState, writeReport, writeState } from '../watch/files-fs.ts'
import { createHttpClient } from '../watch/http-client.ts'
import { runWatch } from '../watch/run.ts'
import type { WatchedEntry } from '../watch/sources.ts'

const help = `npm run watch:sources -- [options]

Checks every source cited in rules/ and content/ and reports what changed since the last run:
  ECLI     new rulings that cite it, and rulings in the same case (appeal, cassation)
           (Rechtspraak open data: /uitspraken/zoeken and /uitspraken/content)
  BWB      a new version of the cited article, a changed in-force date, an announced change,
           an article that is gone (SRU search service x-connection=BWB and the BWB repository)
  CELEX    a new consolidated version, an amending act, a corrigendum (EU Publications Office SPARQL)
  URL      dead (4xx; or no answer/5xx two runs in a row), moved (redirect), changed (text differs
           by at least --change-threshold); CVDR and Kamerstuk references are checked as pages
and lists entries whose review date (review_by, or a year after last_reviewed) has passed or is near.
The first run only records the present state. A service that is down is reported as not checked,
never as a change. The content is never changed.

Writes <out>/report.json, <out>/report.md and <out>/entries/<slug>.{json,md} for each entry with
signals; keeps what it has seen in the state file.

Options:
  --root <dir>                 repository root (default: current folder)
  --state <file>               state file (default: .watch/state.json)
  --out <dir>                  report folder (default: .watch/report)
  --since <date>               read rulings changed since this date (YYYY-MM-DD or ISO time)
                               instead of since the last run
  --max-rulings <n>            new rulings read per run at most (default ${defaults.maxRulings})
  --change-threshold <0-1>     share of a page's text that must differ to report it (default ${defaults.changeThreshold})
  --due-days <n>               list entries due for review within n days (default ${defaults.dueSoonDays})
  --timeout-ms <n>             time limit per request (default ${defaults.timeoutMs})
  --interval-ms <n>            pause between two requests to one host (default ${defaults.intervalMs})
  --retries <n>                retries after a failure that may pass (default ${defaults.retries})
  --backoff-ms <n>             first back-off, doubled per retry (default ${defaults.backoffMs})
  --today <YYYY-MM-DD>         the date to check against (default: today)
  --help                       this text

Service addresses (flag, or environment variable):
  --rechtspraak-url      WATCH_RECHTSPRAAK_URL      default ${defaults.rechtspraakBase}
  --sru-url              WATCH_SRU_URL              default ${defaults.sruBase}
  --bwb-repository-url   WATCH_BWB_REPOSITORY_URL   default ${defaults.bwbRepositoryBase}
  --eurlex-sparql-url    WATCH_EURLEX_SPARQL_URL    default ${defaults.eurlexSparql}
  REPOSITORY_URL and REPOSITORY_BRANCH name the repository in the User-Agent and in report links.

Exit code 0 when the run finished (with or without signals), 1 on bad options or a broken state file.
`

const options = {
  root: { type: 'string' },
  state: { type: 'string' },
  out: { type: 'string' },
  since: { type: 'string' },
  'max-rulings': { type: 'string' },
  'change-threshold': { type: 'string' },
  'due-days': { type: 'string' },
  'timeout-ms': { type: 'string' },
  'interval-ms': { type: 'string' },
  retries: { type: 'string' },
  'backoff-ms': { type: 'string' },
  today: { type: 'string' },
  'rechtspraak-url': { type: 'string' },
  'sru-url': { type: 'string' },
  'bwb-repository-url': { type: 'string' },
  'eurlex-sparql-url': { type: 'string' },
  help: { type: 'boolean' },
} as const

function fail(message: string): never {
  console.error(`watch:sources: ${message}\nSee npm run watch:sources -- --help`)
  process.exit(1)
}

let parsed: ReturnType<typeof parseArgs<{ options: typeof options }>>
try {
  parsed = parseArgs({ options, strict: true, allowPositionals: false })
} catch (error) {
  fail(error instanceof Error ? error.message : String(error))
}
const flags = parsed.values
if (flags.help) {
  console.log(help)
  process.exit(0)
}

const number = (name: keyof typeof flags, fallback: number, max = Number.MAX_SAFE_INTEGER): number => {
  const raw = flags[name]
  if (raw === undefined) return fallback
  const value = Number(raw)
  if (typeof raw !== 'string' || raw.trim() === '' || !Number.isFinite(value) || value < 0 || value > max) fail(`--${name} must be a number from 0 to ${max}, not "${String(raw)}"`)
  return value
}
const address = (flag: keyof typeof flags, env: string, fallback: string): string => {
  const value = (flags[flag] as string | undefined) ?? process.env[env] ?? fallback
  if (!/^https?:\/\//.test(value)) fail(`--${flag} (or ${env}) must be an http(s) address, not "${value}"`)
  return value.replace(/\/$/, '')
}

const today = flags.today ?? todayIso()
if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) fail(`--today must be a date YYYY-MM-DD, not "${today}"`)
if (flags.since !== undefined && Number.isNaN(Date.parse(flags.since))) fail(`--since must be a date YYYY-MM-DD or an ISO time, not "${flags.since}"`)
const repositoryUrl = process.env.REPOSITORY_URL ?? defaultRepositoryUrl
const config: WatchConfig = {
  rechtspraakBase: address('rechtspraak-url', 'WATCH_RECHTSPRAAK_URL', defaults.rechtspraakBase),
  sruBase: address('sru-url', 'WATCH_SRU_URL', defaults.sruBase),
  bwbRepositoryBase: address('bwb-repository-url', 'WATCH_BWB_REPOSITORY_URL', defaults.bwbRepositoryBase),
  eurlexSparql: address('eurlex-sparql-url', 'WATCH_EURLEX_SPARQL_URL', defaults.eurlexSparql),
  http: {
    userAgent: userAgent(repositoryUrl),
    timeoutMs: number('timeout-ms', defaults.timeoutMs),
    intervalMs: number('interval-ms', defaults.intervalMs),
    retries: number('retries', defaults.retries, 10),
    backoffMs: number('backoff-ms', defaults.backoffMs),
    maxBodyBytes: defaults.maxBodyBytes,
  },
  maxRulings: number('max-rulings', defaults.maxRulings),
  changeThreshold: number('change-threshold', defaults.changeThreshold, 1),
  dueSoonDays: number('due-days', defaults.dueSoonDays),
  maxAnnouncedVersions: defaults.maxAnnouncedVersions,
}

const root = resolve(flags.root ?? process.cwd())
const statePath = resolve(root, flags.state ?? join('.watch', 'state.json'))
const outDir = resolve(root, flags.out ?? join('.watch', 'report'))

const saved = readState(statePath)
if ('problem' in saved) fail(`${statePath}: ${saved.problem}. Fix it, or move it away to start a new baseline.`)
const state = saved.state
if (flags.since) state.rechtspraak.scannedUntil = new Date(flags.since).toISOString()

const { corpus, problems } = loadContent(root, today)
const errors = problems.filter((p) => p.severity === 'error').length
if (errors) console.warn(`${errors} content error${errors === 1 ? '' : 's'} (npm run check); files with errors are not watched.`)
const entries: WatchedEntry[] = listedKinds.flatMap((kind): EntryOf<ListedKind>[] => corpus[kind]).map((e) => ({
  slug: e.slug,
  kind: e.kind,
  title: e.meta.title,
  file: e.file,
  lastReviewed: e.meta.last_reviewed,
  ...('review_by' in e.meta && e.meta.review_by ? { reviewBy: e.meta.review_by } : {}),
  references: e.meta.references,
}))

const { report, state: next } = await runWatch({ http: createHttpClient(config.http), config, now: new Date(), today }, entries, state)
const written = writeReport(outDir, report, { repositoryUrl, branch: process.env.REPOSITORY_BRANCH ?? 'main' })
writeState(statePath, next)

const signals = report.entries.reduce((n, e) => n + e.signals.length, 0)
const withSignals = report.entries.filter((e) => e.signals.length).length
const due = report.entries.filter((e) => e.review.state !== 'ok').length
for (const note of report.notes) console.log(note)
console.log(
  `${signals} signal${signals === 1 ? '' : 's'} for ${withSignals} entr${withSignals === 1 ? 'y' : 'ies'}; ${due} due for review; ${report.unavailable.length} source${report.unavailable.length === 1 ? '' : 's'} not checked.`,
)
console.log(`Report: ${join(outDir, 'report.md')} (${written.length} files); state: ${statePath}`)
