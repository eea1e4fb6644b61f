/**
 * npm run bench: the scale benchmark of issue 4, item 8. For each corpus size it runs the
 * memory phase (one child per engine), the latency and recall phase (one child, all engines)
 * and the HTTP phase (a server child, autocannon here), then writes RESULTS.md.
 * Not part of npm test: the full run takes minutes. `--quick` measures 1k docs only.
 */
import Database from 'better-sqlite3'
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { DEFAULT_SEED } from './corpus.ts'
import { DEFAULT_ENGINES, engineByName } from './engines/index.ts'
import { runHttp } from './http/load.ts'
import { renderPages, runPages, withPagesSection } from './http/pages.ts'
import { runChild, stopChildren } from './phases/child.ts'
import type { LatencyResult } from './phases/latency-child.ts'
import type { MemoryResult } from './phases/memory-child.ts'
import { buildLatencyQueries } from './queries.ts'
import { renderReport } from './report.ts'
import type { MachineInfo, RunResult, RunSettings, SizeResult } from './results.ts'

const HELP = `npm run bench [-- flags]

  --quick               1,000 docs only, 1 pass, short HTTP runs; writes RESULTS.quick.md
  --sizes 1000,10000    corpus sizes (each at least 100)
  --engines a,b         engines (default ${DEFAULT_ENGINES.join(',')})
  --passes N            interleaved latency passes (default 3 up to 1,000 docs, 2 above)
  --pass-budget N       minutes of latency passes per size; no new pass starts that would
                        end beyond it (default 6; at least one pass always runs)
  --warmup N            warm-up queries before the passes (default 100 up to 1,000 docs, 50 above)
  --memory-queries N    queries run alone in the memory phase (default 50)
  --no-http             skip the HTTP phase
  --http-seconds N      seconds per autocannon run (default 10)
  --http-rounds N       alternating rounds of app and baseline (default 2)
  --http-queries N      distinct queries the load cycles through (default 100)
  --connections N       autocannon connections (default 10)
  --seed N              corpus and query seed (default ${DEFAULT_SEED})
  --out FILE            report path (default test/bench/RESULTS.md, or RESULTS.quick.md with --quick)`

const HERE = new URL('./', import.meta.url)
const REPO = new URL('../../', import.meta.url)

function settingsFromArgs(): { settings: RunSettings; out: string } | undefined {
  const { values: v } = parseArgs({
    options: {
      help: { type: 'boolean' },
      quick: { type: 'boolean' },
      sizes: { type: 'string' },
      engines: { type: 'string' },
      passes: { type: 'string' },
      'pass-budget': { type: 'string' },
      warmup: { type: 'string' },
      'memory-queries': { type: 'string' },
      'no-http': { type: 'boolean' },
      'http-seconds': { type: 'string' },
      'http-rounds': { type: 'string' },
      'http-queries': { type: 'string' },
      connections: { type: 'string' },
      seed: { type: 'string' },
      out: { type: 'string' },
    },
  })
  if (v.help) return undefined
  const quick = v.quick ?? false
  const num = (value: string | undefined, fallback: number) => (value === undefined ? fallback : Number(value))
  const list = (value: string | undefined, fallback: string[]) => (value ? value.split(',').map((s) => s.trim()).filter(Boolean) : fallback)
  const settings: RunSettings = {
    quick,
    seed: num(v.seed, DEFAULT_SEED),
    sizes: list(v.sizes, quick ? ['1000'] : ['1000', '10000']).map(Number),
    engines: list(v.engines, DEFAULT_ENGINES),
    passes: v.passes === undefined ? undefined : Number(v.passes),
    passBudgetMinutes: num(v['pass-budget'], 6),
    warmup: v.warmup === undefined ? undefined : Number(v.warmup),
    memoryQueries: num(v['memory-queries'], 50),
    http: !v['no-http'],
    httpSeconds: num(v['http-seconds'], quick ? 3 : 10),
    httpRounds: num(v['http-rounds'], quick ? 1 : 2),
    httpQueries: num(v['http-queries'], 100),
    connections: num(v.connections, 10),
  }
  settings.engines.forEach(engineByName)
  if (settings.sizes.some((s) => !Number.isInteger(s) || s < 100)) throw new Error('--sizes: each size must be a whole number ≥ 100 (the targets sit in the first 100 docs)')
  const out = v.out ?? fileURLToPath(new URL(quick ? 'RESULTS.quick.md' : 'RESULTS.md', HERE))
  return { settings, out }
}

function machineInfo(): MachineInfo {
  const pkg = JSON.parse(readFileSync(new URL('package.json', REPO), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> }
  const deps = { ...pkg.dependencies, ...pkg.devDependencies }
  const db = new Database(':memory:')
  const sqlite = db.prepare('SELECT sqlite_version()').pluck().get() as string
  db.close()
  const cpus = os.cpus()
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown CPU',
    cores: cpus.length,
    totalMemGB: os.totalmem() / 1024 ** 3,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    commit: gitState(),
    loadAvgStart: os.loadavg(),
    loadAvgEnd: [],
    versions: Object.fromEntries(
      [['minisearch', deps.minisearch], ['better-sqlite3', deps['better-sqlite3']], ['SQLite', sqlite], ['hono', deps.hono], ['@hono/node-server', deps['@hono/node-server']], ['autocannon', deps.autocannon]].filter(
        (e): e is [string, string] => Boolean(e[1]),
      ),
    ),
  }
}

/** The commit measured, and whether the search code had uncommitted changes (others edit src/ meanwhile). */
function gitState(): string {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: fileURLToPath(REPO), encoding: 'utf8' }).trim()
    const dirty = git('status', '--porcelain', '--', 'src').split('\n').filter(Boolean).length
    return `${git('rev-parse', '--short', 'HEAD')}${dirty ? ` + ${dirty} uncommitted change(s) in src/` : ''}`
  } catch {
    return 'unknown (no git)'
  }
}

const log = (message: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`)

async function measureSize(size: number, s: RunSettings): Promise<SizeResult> {
  const started = performance.now()
  const memory: MemoryResult[] = []
  for (const engine of s.engines) {
    log(`${size} docs: memory phase, ${engine}`)
    memory.push(await runChild<MemoryResult>('./memory-child.ts', [engine, String(size), String(s.seed), String(s.memoryQueries)]))
  }
  log(`${size} docs: latency and recall phase`)
  // A 10k pass is ten times a 1k pass, so the big corpus gets fewer passes and a shorter warm-up by default.
  const passes = s.passes ?? (s.quick ? 1 : size <= 1000 ? 3 : 2)
  const warmup = s.warmup ?? (s.quick ? 50 : size <= 1000 ? 100 : 50)
  const latency = await runChild<LatencyResult>('./latency-child.ts', [String(size), String(s.seed), String(passes), String(warmup), String(s.passBudgetMinutes), s.engines.join(',')])
  // The same phase per engine alone: interleaving is fair for ratios, but every engine's tail
  // then also carries the collections of the others' heaps (MiniSearch's is ~190 MB at 10k).
  const solo: Record<string, LatencyResult> = {}
  for (const engine of s.engines) {
    log(`${size} docs: latency phase, ${engine} alone`)
    solo[engine] = await runChild<LatencyResult>('./latency-child.ts', [String(size), String(s.seed), String(passes), String(warmup), String(s.passBudgetMinutes), engine])
  }
  let http: SizeResult['http']
  if (s.http) {
    log(`${size} docs: HTTP phase`)
    const queries = buildLatencyQueries(s.seed).slice(0, s.httpQueries).map((q) => q.q)
    http = await runHttp({ size, seed: s.seed, queries, seconds: s.httpSeconds, rounds: s.httpRounds, connections: s.connections })
  }
  return { size, memory, latency, solo, http, durationMs: performance.now() - started }
}

async function main(): Promise<void> {
  const parsed = settingsFromArgs()
  if (!parsed) {
    console.log(HELP)
    return
  }
  const { settings, out } = parsed
  const started = performance.now()
  const run: RunResult = { startedAt: new Date().toISOString(), totalMs: 0, settings, machine: machineInfo(), sizes: [] }
  for (const size of settings.sizes) run.sizes.push(await measureSize(size, settings))
  run.totalMs = performance.now() - started
  run.machine.loadAvgEnd = os.loadavg()
  // Others edit src/ while the bench runs; say so when the measured code moved under it.
  const commitAtEnd = gitState()
  if (commitAtEnd !== run.machine.commit) run.machine.commit += ` at start, ${commitAtEnd} at end (the code changed during the run)`
  let report = renderReport(run)
  if (settings.http) {
    log('pages: the real corpus over HTTP against precomputed bytes')
    const pages = await runPages({ seconds: settings.httpSeconds, rounds: settings.httpRounds })
    report = withPagesSection(report, renderPages(pages, `Measured in the same run (${run.machine.commit}).`))
  }
  writeFileSync(out, report)
  log(`done in ${(run.totalMs / 60000).toFixed(1)} min; wrote ${relative(process.cwd(), out)}`)
}

process.on('SIGINT', () => {
  stopChildren()
  process.exit(130)
})

main().catch((error) => {
  console.error(error)
  stopChildren()
  process.exitCode = 1
})
