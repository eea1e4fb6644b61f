/**
 * `npm run watch:sources` end to end: the CLI on a small corpus against the fake services, twice,
 * as the weekly job runs it; and its --help.
 */
import { execFile } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseWatchReport } from '../../src/watch/report.ts'
import { services, startFakeServer, type FakeServer } from './fake-server.ts'

const run = promisify(execFile)
const cli = (args: string[], env: Record<string, string> = {}) =>
  // Asynchronous, so the fake server in this process keeps answering.
  run(process.execPath, ['--import', 'tsx', 'src/cli/watch-sources.ts', ...args], { env: { ...process.env, ...env }, timeout: 60_000 })

let fake: FakeServer
let root: string
beforeAll(async () => {
  fake = await startFakeServer()
  root = mkdtempSync(join(tmpdir(), 'watch-cli-'))
  // Two rules of the test corpus: the Didam ruling (ECLI, Awb art. 3:4) and de-minimis (CELEX).
  for (const slug of ['didam-arrest', 'staatssteun-de-minimis']) cpSync(`test/fixtures/corpus/rules/${slug}.md`, join(root, 'rules', `${slug}.md`), { recursive: true })
})
afterAll(async () => {
  await fake.close()
  rmSync(root, { recursive: true, force: true })
})

describe('npm run watch:sources', () => {
  it('explains itself with --help', async () => {
    const { stdout } = await cli(['--help'])
    expect(stdout).toContain('npm run watch:sources')
    for (const word of ['ECLI', 'BWB', 'CELEX', 'URL', '--since', '--max-rulings', 'WATCH_RECHTSPRAAK_URL', 'review']) expect(stdout).toContain(word)
  })

  it('refuses a bad option with a clear message', async () => {
    await expect(cli(['--change-threshold', '7'])).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('--change-threshold must be a number from 0 to 1') })
  })

  it('sets a baseline, then reports what changed at the sources per entry', async () => {
    const env = {
      WATCH_RECHTSPRAAK_URL: `${fake.base}/rechtspraak`,
      WATCH_SRU_URL: `${fake.base}/sru`,
      WATCH_BWB_REPOSITORY_URL: fake.base,
      WATCH_EURLEX_SPARQL_URL: `${fake.base}/sparql`,
      REPOSITORY_URL: 'https://example.org/tussenruimte',
    }
    const args = ['--root', root, '--interval-ms', '0', '--backoff-ms', '1', '--retries', '1', '--timeout-ms', '5000']
    fake.setHandler(services({ bwbInForce: '2026-01-01', eurlex: 'before' }))
    const first = await cli([...args, '--today', '2026-07-01'], env)
    expect(first.stdout).toContain('0 signals for 0 entries; 1 due for review; 0 sources not checked.')

    fake.setHandler(services({ bwbInForce: '2026-07-01', eurlex: 'after' }))
    const second = await cli([...args, '--today', '2026-07-08'], env)
    expect(second.stdout).toContain('4 signals for 2 entries; 1 due for review; 0 sources not checked.')

    const parsed = parseWatchReport(JSON.parse(readFileSync(join(root, '.watch/report/report.json'), 'utf8')))
    if (!('report' in parsed)) throw new Error(parsed.problem)
    expect(parsed.report.entries.map((e) => [e.slug, e.signals.map((s) => s.type).sort(), e.review.state])).toEqual([
      ['didam-arrest', ['article-changed', 'citing-ruling'], 'overdue'],
      ['staatssteun-de-minimis', ['eu-amended', 'eu-consolidated'], 'ok'],
    ])
    const issue = readFileSync(join(root, '.watch/report/entries/didam-arrest.md'), 'utf8')
    expect(issue).toContain('## Didam-arrest (regel)')
    expect(issue).toContain('[rules/didam-arrest.md](https://example.org/tussenruimte/blob/main/rules/didam-arrest.md)')
    expect(issue).toContain('Nieuwe uitspraak die ECLI:NL:HR:2021:1778 noemt: ECLI:NL:RBGEL:2026:9101, Rechtbank Gelderland')
    expect(issue).toContain('(https://wetten.overheid.nl/jci1.3:c:BWBR0005537&artikel=3:4&g=2026-07-01)')
    expect(JSON.parse(readFileSync(join(root, '.watch/report/entries/staatssteun-de-minimis.json'), 'utf8')).signals).toHaveLength(2)
    expect(readFileSync(join(root, '.watch/report/report.md'), 'utf8')).toMatch(/## Controle nodig \(1\)[\s\S]*Didam-arrest/)
    expect(fake.requests.every((r) => r.userAgent?.includes('+https://example.org/tussenruimte'))).toBe(true)
    // The content itself is never touched.
    expect(readFileSync(join(root, 'rules/didam-arrest.md'), 'utf8')).toBe(readFileSync('test/fixtures/corpus/rules/didam-arrest.md', 'utf8'))
    expect(existsSync(join(root, '.watch/state.json'))).toBe(true)
  })
})
