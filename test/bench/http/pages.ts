/**
 * The pages section of `npm run bench`: a rule page, a list page, the search page and the home
 * page of the real corpus, each against the same server answering precomputed bytes for it, at
 * 100 connections, app and baseline alternating. The app's page cache is hot after the first
 * request, so this measures what a visitor gets from a running server.
 */
import autocannon from 'autocannon'
import { firstMessage, startChild } from '../phases/child.ts'

export const PAGE_PATHS = { rule: '/regels/didam-arrest', list: '/regels', search: '/zoeken?q=grond', home: '/' } as const

export interface PageRun {
  reqPerSec: number
  p50: number
  p99: number
  errors: number
  non2xx: number
}
export interface PageResult {
  page: keyof typeof PAGE_PATHS
  path: string
  bytes: number
  app: PageRun[]
  baseline: PageRun[]
}

async function load(port: number, path: string, seconds: number, connections: number): Promise<PageRun> {
  const result = await autocannon({ url: `http://127.0.0.1:${port}${path}`, connections, pipelining: 1, duration: seconds, timeout: 30 })
  return { reqPerSec: result['2xx'] / result.duration, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.timeouts, non2xx: result.non2xx }
}

export async function runPages({ seconds = 10, rounds = 2, connections = 100 } = {}): Promise<{ connections: number; seconds: number; pages: PageResult[] }> {
  const child = startChild('../http/pages-child.ts', Object.values(PAGE_PATHS))
  try {
    const ready = await firstMessage<{ port: number; bytes: Record<string, number> }>(child)
    const pages: PageResult[] = []
    for (const [page, path] of Object.entries(PAGE_PATHS) as [keyof typeof PAGE_PATHS, string][]) {
      const baselinePath = `/bench/precomputed?u=${encodeURIComponent(path)}`
      await load(ready.port, path, 2, connections)
      await load(ready.port, baselinePath, 2, connections)
      const result: PageResult = { page, path, bytes: ready.bytes[path]!, app: [], baseline: [] }
      for (let r = 0; r < rounds; r++) {
        for (const which of r % 2 === 0 ? (['app', 'baseline'] as const) : (['baseline', 'app'] as const)) {
          const run = await load(ready.port, which === 'app' ? path : baselinePath, seconds, connections)
          result[which].push(run)
          console.error(`  [pages] ${page} ${which}: ${run.reqPerSec.toFixed(0)} req/s, p50 ${run.p50} ms, p99 ${run.p99} ms, errors ${run.errors}, non-2xx ${run.non2xx}`)
        }
      }
      pages.push(result)
    }
    return { connections, seconds, pages }
  } finally {
    child.kill('SIGTERM')
    await new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())))
  }
}

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b)
  const mid = sorted.length / 2
  return Number.isInteger(mid) ? (sorted[mid - 1]! + sorted[mid]!) / 2 : sorted[Math.floor(mid)]!
}

/** The section as Markdown, medians over rounds. */
export function renderPages(result: Awaited<ReturnType<typeof runPages>>, header: string): string {
  const rows = result.pages.map(({ page, path, bytes, app, baseline }) => {
    const a = median(app.map((r) => r.reqPerSec))
    const b = median(baseline.map((r) => r.reqPerSec))
    const errors = [...app, ...baseline].reduce((n, r) => n + r.errors + r.non2xx, 0)
    return `| ${page} \`${path}\` | ${(bytes / 1024).toFixed(1)} KB | ${a.toFixed(0)} | ${median(app.map((r) => r.p50))} / ${median(app.map((r) => r.p99))} | ${b.toFixed(0)} | ${median(baseline.map((r) => r.p50))} / ${median(baseline.map((r) => r.p99))} | **${(a / b).toFixed(2)}** | ${errors} |`
  })
  return [
    PAGES_START,
    '## HTTP: pages against precomputed bytes',
    '',
    `${header} The real corpus, the Node front of \`npm start\`, ${result.connections} connections, ${result.seconds} s per run, app and baseline alternating; medians over rounds. The baseline is the same server answering the bytes and headers the app gave for that URL, captured at start-up. The page cache is hot after the first request.`,
    '',
    '| page | body | app req/s | app p50 / p99 ms | baseline req/s | baseline p50 / p99 ms | app ÷ baseline | errors + non-2xx |',
    '|---|---|---|---|---|---|---|---|',
    ...rows,
    PAGES_END,
  ].join('\n')
}

export const PAGES_START = '<!-- pages:start -->'
export const PAGES_END = '<!-- pages:end -->'

/** Puts the section into a results file, replacing an earlier one. */
export function withPagesSection(markdown: string, section: string): string {
  const start = markdown.indexOf(PAGES_START)
  const end = markdown.indexOf(PAGES_END)
  if (start >= 0 && end > start) return markdown.slice(0, start) + section + markdown.slice(end + PAGES_END.length)
  return `${markdown.trimEnd()}\n\n${section}\n`
}
