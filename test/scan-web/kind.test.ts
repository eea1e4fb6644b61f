/**
 * Scans as a content kind: checked once by the main loader (schema there, semantics from the
 * scan check, nothing twice), linked to the rules, workarounds and cases they name, and found
 * by search.
 */
import { cpSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { buildRowsAndIndex } from '../../src/cli/search-rows.ts'
import { loadContent } from '../../src/content/load-fs.ts'
import { loadSearchIndex } from '../../src/search/engine.ts'
import { FIXTURE_CORPUS, TODAY } from '../helpers/create-test-app.ts'

const dirs: string[] = []
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })))

const scan = (extra = '', when = 'vorm = verkopen') => `---
title: "Scan: grond verkopen"
title_en: "Scan: selling land"
summary: "Een kleine scan voor de test."
summary_en: "A small scan for the test."
last_reviewed: 2026-12-01
references:
  - {type: ecli, id: "ECLI:NL:HR:2021:1778", title: "Didam I"}
questions:
  - id: vorm
    type: single
    text: "Wat doet de overheid?"
    options: [{id: verkopen, label: "Verkopen"}, {id: anders, label: "Iets anders"}, {id: weet-niet, label: "Weet ik niet"}]
rules:
  - slug: didam-arrest
    rows:
      - {when: "${when}", status: geldt, demand: "Geef anderen een kans."}
      - {when: "vorm in [anders, weet-niet]", status: mogelijk, open_questions: ["Is het een uitgifte?"]}
workarounds:
  - slug: enige-serieuze-gegadigde
    rows: [{when: "vorm = verkopen", relevance: relevant}]
cases:
  - {slug: dorpshuis-voorbeeld, when: "vorm = verkopen"}
signals: []
result:
  intro: "Uitkomst."
  disclaimer: "Geen juridisch advies."
${extra}---

Een scan over het verkopen van grond aan een dorpshuis.
`

function corpusWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'scan-kind-'))
  dirs.push(dir)
  cpSync(FIXTURE_CORPUS, dir, { recursive: true })
  mkdirSync(join(dir, 'content/scans'), { recursive: true })
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'content/scans', name), text)
  return dir
}

describe('scan as a content kind', () => {
  it('loads a valid scan as an entry, writes its nested links and makes it a search document', () => {
    const { corpus, problems } = loadContent(corpusWith({ 'grond-verkopen.md': scan() }), TODAY)
    expect(problems.filter((p) => p.severity === 'error')).toEqual([])
    expect(corpus.scan.map((s) => s.slug)).toEqual(['grond-verkopen'])

    const { rows, indexJson } = buildRowsAndIndex(corpus)
    const links = rows.links.filter((l) => l.from_slug === 'grond-verkopen').map((l) => `${l.relation}:${l.to_slug}`)
    expect(links.sort()).toEqual(['case:dorpshuis-voorbeeld', 'rule:didam-arrest', 'workaround:enige-serieuze-gegadigde'])
    // The scan inherits the domains of the rules it can bring up.
    expect(rows.entry_facets.filter((f) => f.slug === 'grond-verkopen' && f.facet === 'domain').length).toBeGreaterThan(0)

    const search = loadSearchIndex(indexJson)
    const hits = search.search({ q: 'dorpshuis grond verkopen', filters: { type: ['scan'] }, limit: 10, offset: 0 })
    expect(hits.hits.map((r) => r.slug)).toContain('grond-verkopen')
  })

  it('reports a schema problem once, from the main loader', () => {
    const { problems } = loadContent(corpusWith({ 'kapot.md': scan('onbekend_veld: 1\n') }), TODAY)
    const about = problems.filter((p) => p.file === 'content/scans/kapot.md' && p.severity === 'error')
    expect(about).toHaveLength(1)
    expect(about[0]).toMatchObject({ field: 'onbekend_veld', problem: 'is not a known field' })
  })

  it('adds what only the scan check sees: a condition that does not parse, an option that does not exist', () => {
    const { problems } = loadContent(corpusWith({ 'a.md': scan('', 'vorm = = verkopen'), 'b.md': scan('', 'vorm = kopen') }), TODAY)
    const a = problems.filter((p) => p.file === 'content/scans/a.md')
    const b = problems.filter((p) => p.file === 'content/scans/b.md')
    expect(a).toHaveLength(1)
    expect(a[0]!.problem).toContain('does not parse')
    expect(b.map((p) => p.problem)).toContainEqual(expect.stringContaining('"kopen" is not an option of "vorm"'))
  })
})
