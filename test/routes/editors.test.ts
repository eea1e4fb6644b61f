/**
 * The editors' page: entries by review date, and the open signals of the last watch report —
 * or a plain sentence that there is none.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createApp } from '../../src/app.tsx'
import { copyWatchReport, WATCH_REPORT_FILE } from '../../src/build/watch-report-fs.ts'
import type { WatchReport } from '../../src/watch/report.ts'
import { createTestDeps } from '../helpers/create-test-app.ts'

const report: WatchReport = {
  version: 1,
  generatedAt: '2026-11-23T06:00:00.000Z',
  since: '2026-11-16T06:00:00.000Z',
  checked: { ecli: 1, bwb: 1, celex: 1, links: 3, rulingsScanned: 812 },
  notes: [],
  unavailable: [{ service: 'eurlex', source: '32023R2831', reason: 'de dienst is niet bereikbaar (HTTP 503)' }],
  entries: [
    {
      slug: 'didam-arrest',
      kind: 'rule',
      title: 'Didam-arrest',
      file: 'rules/didam-arrest.md',
      signals: [{ type: 'citing-ruling', source: 'ECLI:NL:HR:2021:1778', url: 'https://uitspraken.rechtspraak.nl/details?id=ECLI:NL:RBGEL:2026:9101', message: 'Nieuwe uitspraak die ECLI:NL:HR:2021:1778 noemt: ECLI:NL:RBGEL:2026:9101.' }],
      unavailable: [],
      review: { lastReviewed: '2026-01-15', reviewBy: '2026-06-01', dueOn: '2026-06-01', state: 'overdue' },
    },
  ],
}

const render = async (path: string, watchReport?: WatchReport) => {
  const app = createApp({ ...(await createTestDeps()), ...(watchReport ? { watchReport } : {}) })
  const res = await app.request(path)
  return { res, html: await res.text() }
}

describe('GET /redactie', () => {
  it('lists every entry by review date, the overdue first, and says when there is no watch report', async () => {
    const { res, html } = await render('/redactie')
    expect(res.status).toBe(200)
    expect(html).toContain('Er is geen rapport van de bronnenwacht beschikbaar.')
    const rows = [...html.matchAll(/<tr><th scope="row"><a href="([^"]+)">[^<]+<\/a><\/th><td>[^<]+<\/td><td>([\d-]+)<\/td><td>([\d-]+)<\/td><td>([^<]+)<\/td>/g)].map((m) => [m[1], m[3], m[4]])
    // Every entry with a review date: two rules, two workarounds, two cases and the fixture scan.
    expect(rows.length).toBe(7)
    // The fixture's Didam rule has review_by 2026-06-01, before the test's today (2026-11-27).
    expect(rows[0]).toEqual(['/regels/didam-arrest', '2026-06-01', 'verlopen'])
    expect(rows.map((r) => r[1])).toEqual([...rows.map((r) => r[1]!)].sort())
  })

  it('shows the open signals of the last report with links, and what could not be checked', async () => {
    const { html } = await render('/redactie', report)
    expect(html).toContain('Rapport van 2026-11-23, over wijzigingen sinds 2026-11-16.')
    expect(html).toMatch(/<h3 id="signals-didam-arrest"><a href="\/regels\/didam-arrest">Didam-arrest<\/a><\/h3>/)
    expect(html).toContain('Nieuwe uitspraak die ECLI:NL:HR:2021:1778 noemt: ECLI:NL:RBGEL:2026:9101.')
    expect(html).toContain('href="https://uitspraken.rechtspraak.nl/details?id=ECLI:NL:RBGEL:2026:9101"')
    expect(html).toContain('1 bron kon deze keer niet worden gecontroleerd; dat is geen wijziging.')
  })

  it('has an English page at /en/editors, and the language switch finds it', async () => {
    const en = await render('/en/editors', report)
    expect(en.res.status).toBe(200)
    expect(en.html).toMatch(/<h1[^>]*>Editors/)
    expect(en.html).toContain('Signals from the source watch')
    expect(en.html).toContain('<a href="/en/rules/didam-arrest">The Didam ruling</a>')
    const nl = await render('/redactie')
    expect(nl.html).toContain('href="/en/editors"')
  })
})

describe('the build and the watch report', () => {
  it('takes a valid report along and leaves out a broken one', () => {
    const root = mkdtempSync(join(tmpdir(), 'watch-report-'))
    try {
      const source = join(root, 'report.json')
      process.env.WATCH_REPORT = source
      writeFileSync(source, JSON.stringify(report))
      const out = mkdtempSync(join(root, 'b-'))
      copyWatchReport(root, out)
      expect(JSON.parse(readFileSync(join(out, WATCH_REPORT_FILE), 'utf8'))).toEqual(report)

      writeFileSync(source, JSON.stringify({ ...report, version: 2 }))
      const out2 = mkdtempSync(join(root, 'b-'))
      copyWatchReport(root, out2)
      expect(() => readFileSync(join(out2, WATCH_REPORT_FILE))).toThrow()
    } finally {
      delete process.env.WATCH_REPORT
      rmSync(root, { recursive: true, force: true })
    }
  })
})
