/**
 * The watch against a fake of the services (fixtures in the documented formats): what an editor
 * is told after a new ruling, a changed article, an amended EU act, a dead or moved page — and
 * that a service that hangs or answers nonsense is reported as not checked, never as a change.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createHttpClient } from '../../src/watch/http-client.ts'
import type { WatchContext } from '../../src/watch/outcome.ts'
import type { SignalType, WatchReport } from '../../src/watch/report.ts'
import { runWatch } from '../../src/watch/run.ts'
import type { WatchedEntry } from '../../src/watch/sources.ts'
import { emptyState, type WatchState } from '../../src/watch/state.ts'
import { fixture, services, startFakeServer, type FakeServer, type Reply, type Scenario } from './fake-server.ts'

let fake: FakeServer
beforeAll(async () => {
  fake = await startFakeServer()
})
afterAll(() => fake.close())
beforeEach(() => {
  fake.requests.length = 0
})

const before: Scenario = { bwbInForce: '2026-01-01', eurlex: 'before' }
const after: Scenario = { bwbInForce: '2026-07-01', eurlex: 'after' }

function context(overrides: { today?: string; timeoutMs?: number; intervalMs?: number } = {}): WatchContext {
  const today = overrides.today ?? '2026-07-01'
  return {
    http: createHttpClient({ userAgent: 'Tussenruimte-bronnenwacht/test (+https://example.org/repo)', timeoutMs: overrides.timeoutMs ?? 2000, intervalMs: overrides.intervalMs ?? 0, retries: 1, backoffMs: 1, maxBodyBytes: 1 << 20 }),
    config: {
      rechtspraakBase: `${fake.base}/rechtspraak`,
      sruBase: `${fake.base}/sru`,
      bwbRepositoryBase: fake.base,
      eurlexSparql: `${fake.base}/sparql`,
      http: { userAgent: '', timeoutMs: 0, intervalMs: 0, retries: 0, backoffMs: 0, maxBodyBytes: 0 },
      maxRulings: 100,
      changeThreshold: 0.3,
      dueSoonDays: 30,
      maxAnnouncedVersions: 3,
    },
    now: new Date(`${today}T08:00:00Z`),
    today,
  }
}

const didam: WatchedEntry = {
  slug: 'didam-arrest',
  kind: 'rule',
  title: 'Didam-arrest',
  file: 'rules/didam-arrest.md',
  lastReviewed: '2026-01-15',
  reviewBy: '2026-06-01',
  references: [
    { type: 'ecli', id: 'ECLI:NL:HR:2021:1778', title: 'Hoge Raad, Didam' },
    { type: 'bwb', id: 'BWBR0005537', article: '3:4', title: 'Algemene wet bestuursrecht' },
  ],
}
const deMinimis: WatchedEntry = {
  slug: 'staatssteun-de-minimis',
  kind: 'rule',
  title: 'Staatssteun en de-minimis',
  file: 'rules/staatssteun-de-minimis.md',
  lastReviewed: '2026-06-20',
  references: [{ type: 'celex', id: '32023R2831', title: 'De-minimisverordening' }],
}
const pageEntry = (...urls: string[]): WatchedEntry => ({
  slug: 'voorbeeld-casus',
  kind: 'case',
  title: 'Voorbeeldcasus',
  file: 'content/cases/voorbeeld-casus.md',
  lastReviewed: '2026-06-20',
  references: urls.map((url) => ({ type: 'url' as const, url, title: 'Bericht' })),
})

const signalsOf = (report: WatchReport, slug: string) => report.entries.find((e) => e.slug === slug)?.signals ?? []
const typesOf = (report: WatchReport, slug: string): SignalType[] => signalsOf(report, slug).map((s) => s.type)

async function run(entries: WatchedEntry[], state: WatchState, ctx = context()) {
  return runWatch(ctx, entries, state)
}

describe('the first run', () => {
  it('records the present state of every source and reports no change, only what is due for review', async () => {
    fake.setHandler(services(before))
    const { report, state } = await run([didam, deMinimis], emptyState())
    expect(report.entries.flatMap((e) => e.signals)).toEqual([])
    expect(report.unavailable).toEqual([])
    expect(report.notes.join(' ')).toMatch(/Eerste run/)
    expect(report.entries.map((e) => [e.slug, e.review.state])).toEqual([['didam-arrest', 'overdue']])
    expect(state.bwb.BWBR0005537?.articles['3:4']).toEqual({ versionId: '9100104', inForce: '1994-01-01' })
    expect(state.eurlex['32023R2831']).toEqual(['02023R2831-20231215'])
    expect(state.rechtspraak.known['ECLI:NL:HR:2021:1778']).toEqual(['ECLI:NL:PHR:2021:9001', 'ECLI:NL:GHARL:2020:9002'])
    expect(state.rechtspraak.scannedUntil).toBe('2026-07-01T08:00:00.000Z')
  })
})

describe('a later run', () => {
  it('reports a new ruling that cites the ECLI, a changed article and an amended EU act, each once', async () => {
    fake.setHandler(services(before))
    const first = await run([didam, deMinimis], emptyState())
    fake.setHandler(services(after))
    const { report, state } = await run([didam, deMinimis], first.state, context({ today: '2026-07-08' }))

    expect(typesOf(report, 'didam-arrest').sort()).toEqual(['article-changed', 'citing-ruling'])
    const citing = signalsOf(report, 'didam-arrest').find((s) => s.type === 'citing-ruling')!
    expect(citing).toMatchObject({ source: 'ECLI:NL:HR:2021:1778', url: 'https://uitspraken.rechtspraak.nl/details?id=ECLI:NL:RBGEL:2026:9101' })
    expect(citing.message).toContain('Rechtbank Gelderland')
    const article = signalsOf(report, 'didam-arrest').find((s) => s.type === 'article-changed')!
    expect(article).toMatchObject({ source: 'BWBR0005537 art. 3:4', date: '2026-07-01', url: 'https://wetten.overheid.nl/jci1.3:c:BWBR0005537&artikel=3:4&g=2026-07-01' })

    expect(signalsOf(report, 'staatssteun-de-minimis').map((s) => [s.type, s.url])).toEqual([
      ['eu-amended', 'https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:32026R9001'],
      ['eu-consolidated', 'https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:02023R2831-20260601'],
    ])
    expect(report.checked.rulingsScanned).toBe(2)
    expect(report.since).toBe(first.report.generatedAt)

    // Nothing new since: nothing to report again.
    const third = await run([didam, deMinimis], state, context({ today: '2026-07-15' }))
    expect(third.report.entries.flatMap((e) => e.signals)).toEqual([])
  })

  it('reports a ruling in the same case at a higher court', async () => {
    fake.setHandler(services(before))
    const first = await run([didam], emptyState())
    const withAppeal = fixture('rechtspraak/ECLI_NL_HR_2021_1778.xml').replace(
      '</rdf:Description>',
      '<dcterms:relation rdfs:label="Formele relatie" ecli:resourceIdentifier="ECLI:NL:HR:2026:9300" psi:type="http://psi.rechtspraak.nl/herziening" psi:aanleg="http://psi.rechtspraak.nl/latereAanleg">Herziening: ECLI:NL:HR:2026:9300</dcterms:relation></rdf:Description>',
    )
    fake.setHandler(services({ ...before, rulings: { 'ECLI:NL:HR:2021:1778': withAppeal } }))
    const { report } = await run([didam], first.state)
    const sameCase = signalsOf(report, 'didam-arrest').filter((s) => s.type === 'same-case-ruling')
    expect(sameCase).toEqual([expect.objectContaining({ url: 'https://uitspraken.rechtspraak.nl/details?id=ECLI:NL:HR:2026:9300', message: expect.stringContaining('herziening') })])
  })

  it('reports a published later version of a cited article before it takes effect', async () => {
    fake.setHandler(services(before))
    const first = await run([didam], emptyState(), context({ today: '2026-03-01' }))
    fake.setHandler(services({ ...before, bwbAnnounced: '2026-07-01' }))
    const { report } = await run([didam], first.state, context({ today: '2026-03-08' }))
    expect(signalsOf(report, 'didam-arrest').filter((s) => s.type === 'article-announced')).toEqual([
      expect.objectContaining({ date: '2026-07-01', message: 'Artikel 3:4 van BWBR0005537 wijzigt per 2026-07-01.' }),
    ])
  })
})

describe('web pages', () => {
  it('reports a dead page and a page that moved', async () => {
    fake.setHandler((url): Reply | undefined => {
      if (url.pathname === '/web/gone') return { status: 404, body: 'weg' }
      if (url.pathname === '/web/old') return { status: 301, headers: { Location: '/web/new' } }
      if (url.pathname === '/web/new') return { body: '<html><body><p>Nieuwe plek</p></body></html>', headers: { 'Content-Type': 'text/html' } }
      return undefined
    })
    const { report } = await run([pageEntry(`${fake.base}/web/gone`, `${fake.base}/web/old`)], emptyState())
    expect(signalsOf(report, 'voorbeeld-casus')).toEqual([
      expect.objectContaining({ type: 'link-dead', source: `${fake.base}/web/gone`, message: 'De pagina geeft een foutmelding (HTTP 404).' }),
      expect.objectContaining({ type: 'link-moved', source: `${fake.base}/web/old`, url: `${fake.base}/web/new` }),
    ])
  })

  it('reports a page whose text changed beyond the threshold, and not one with a small edit', async () => {
    const words = Array.from({ length: 300 }, (_, i) => `woord${i}`).join(' ')
    let body = `<html><head><script>var t = 1</script></head><body><p>${words}</p></body></html>`
    fake.setHandler((url) => (url.pathname === '/web/page' ? { body, headers: { 'Content-Type': 'text/html' } } : undefined))
    const entry = pageEntry(`${fake.base}/web/page`)
    const first = await run([entry], emptyState())
    body = body.replace('woord150', 'ander').replace('var t = 1', 'var t = 2')
    const small = await run([entry], first.state)
    expect(signalsOf(small.report, 'voorbeeld-casus')).toEqual([])
    body = `<html><body><p>${Array.from({ length: 300 }, (_, i) => `anders${i}`).join(' ')}</p></body></html>`
    const big = await run([entry], small.state)
    expect(typesOf(big.report, 'voorbeeld-casus')).toEqual(['link-changed'])
  })
})

describe('a service that is down or answers nonsense', () => {
  it('reports a time-out as not checked, keeps the state, and retries with back-off', async () => {
    fake.setHandler(services(before))
    const first = await run([didam], emptyState())
    fake.setHandler((url, request) => (url.pathname.startsWith('/rechtspraak/') ? { delayMs: 1500, body: '' } : services(after)(url, request)))
    fake.requests.length = 0
    const { report, state } = await run([didam], first.state, context({ timeoutMs: 150, today: '2026-07-08' }))
    expect(typesOf(report, 'didam-arrest')).toEqual(['article-changed'])
    expect(report.unavailable).toEqual([{ service: 'rechtspraak', source: 'ECLI:NL:HR:2021:1778', reason: expect.stringContaining('geen antwoord binnen') }])
    expect(report.entries.find((e) => e.slug === 'didam-arrest')?.unavailable).toHaveLength(1)
    // One try and one retry; then the service counts as down and the scan of new rulings is not started.
    expect(fake.requests.filter((r) => r.url.pathname.startsWith('/rechtspraak/')).map((r) => r.url.pathname)).toEqual(['/rechtspraak/uitspraken/content', '/rechtspraak/uitspraken/content'])
    expect(state.rechtspraak).toEqual(first.state.rechtspraak)
  })

  it('reports an unreadable answer of each service as not checked, never as a change', async () => {
    fake.setHandler(services(before))
    const first = await run([didam, deMinimis], emptyState())
    fake.setHandler((url, request) => {
      if (url.pathname === '/rechtspraak/uitspraken/content') return { body: '<html><body>Onderhoud</body></html>' }
      if (url.pathname === '/sru') return { body: '<sru:searchRetrieveResponse xmlns:sru="x"><sru:version>2.0</sru:version><sru:diagnostics><sru:diagnostic><sru:message>Query syntax error</sru:message></sru:diagnostic></sru:diagnostics></sru:searchRetrieveResponse>' }
      if (url.pathname === '/sparql') return { body: '{"results": 12' }
      return services(after)(url, request)
    })
    const { report, state } = await run([didam, deMinimis], first.state)
    expect(report.entries.flatMap((e) => e.signals)).toEqual([])
    expect(report.unavailable.map((u) => [u.service, u.reason])).toEqual([
      ['rechtspraak', 'geen open-rechtspraak-document met een dcterms:identifier'],
      ['bwb', 'de zoekdienst meldt: Query syntax error'],
      ['eurlex', 'geen JSON (SPARQL-resultaat verwacht)'],
    ])
    expect(state.bwb).toEqual(first.state.bwb)
    expect(state.eurlex).toEqual(first.state.eurlex)
  })

  it('calls a page dead only when it fails two runs in a row', async () => {
    fake.setHandler((url) => (url.pathname === '/web/slow' ? { delayMs: 1500, body: 'te laat' } : undefined))
    const entry = pageEntry(`${fake.base}/web/slow`)
    const ctx = () => context({ timeoutMs: 150 })
    const first = await run([entry], emptyState(), ctx())
    expect(signalsOf(first.report, 'voorbeeld-casus')).toEqual([])
    expect(first.report.unavailable).toEqual([expect.objectContaining({ service: 'web', reason: expect.stringContaining('geen antwoord binnen') })])
    const second = await run([entry], first.state, ctx())
    expect(signalsOf(second.report, 'voorbeeld-casus')).toEqual([expect.objectContaining({ type: 'link-dead', message: expect.stringContaining('2 runs op rij niet bereikbaar') })])
  })
})

describe('politeness', () => {
  it('names itself with the repository on every request and pauses between requests to one host', async () => {
    fake.setHandler(services(before))
    await run([didam, deMinimis], emptyState(), context({ intervalMs: 60 }))
    expect(fake.requests.length).toBeGreaterThan(4)
    expect(new Set(fake.requests.map((r) => r.userAgent))).toEqual(new Set(['Tussenruimte-bronnenwacht/test (+https://example.org/repo)']))
    // All four fake services share one host here, so every request waited its turn.
    const gaps = fake.requests.slice(1).map((r, i) => r.at - fake.requests[i]!.at)
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(55)
  })

  it('waits as long as a 429 asks before trying again', async () => {
    let calls = 0
    fake.setHandler(() => (++calls === 1 ? { status: 429, headers: { 'Retry-After': '1' } } : { body: 'ok' }))
    const http = createHttpClient({ userAgent: 'test', timeoutMs: 2000, intervalMs: 0, retries: 2, backoffMs: 1, maxBodyBytes: 1024 })
    const started = Date.now()
    const response = await http.get(`${fake.base}/limited`)
    expect(response.status).toBe(200)
    expect(calls).toBe(2)
    expect(Date.now() - started).toBeGreaterThanOrEqual(950)
  })
})
