/** Shared by the open-data tests: a made-up history, XML parsing, and a full build of a copy of the fixture corpus. */
import { DOMParser, type Document, type Element } from '@xmldom/xmldom'
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createApp } from '../../src/app.tsx'
import { buildArtefacts } from '../../src/cli/build-artefacts-fs.ts'
import type { ChangeRecord } from '../../src/build/history-rows.ts'
import { formatProblem } from '../../src/content/problems.ts'
import { openBuild } from '../../src/platform/open-build-fs.ts'
import { FIXTURE_CORPUS, TODAY } from '../helpers/create-test-app.ts'

const sha = (c: string) => c.repeat(40)
/** Two changes to the Didam ruling and one new case, so feeds and pages have known history. */
export const HISTORY = new Map<string, ChangeRecord[]>([
  [
    'rules/didam-arrest.md',
    [
      { commit: sha('a'), date: '2026-11-20T10:00:00+01:00', message: 'Didam II: de uitzonderingen zijn beperkt', added: false },
      { commit: sha('b'), date: '2025-01-02T09:00:00+01:00', message: 'Rule didam-arrest', added: true },
    ],
  ],
  ['content/cases/dorpshuis-voorbeeld.md', [{ commit: sha('c'), date: '2026-10-01T12:00:00+02:00', message: 'Case: dorpshuis', added: true }]],
])

/** Parses XML strictly: any error or warning throws, so a test sees malformed XML as a failure. */
export function parseXml(text: string): Document {
  const fail = (level: string) => (message: string) => {
    throw new Error(`XML ${level}: ${message}`)
  }
  return new DOMParser({ onError: (level, message) => fail(level)(message) }).parseFromString(text, 'application/xml')
}

export const children = (parent: Element | Document, ns: string, name: string): Element[] =>
  Array.from(parent.getElementsByTagNameNS(ns, name) as unknown as ArrayLike<Element>)

export const ATOM = 'http://www.w3.org/2005/Atom'
export const SITEMAP = 'http://www.sitemaps.org/schemas/sitemap/0.9'

/** A full build (database, index, downloads) of a copy of the fixture corpus, opened as the Node platform opens it. */
export async function buildFixture(publicUrl?: string) {
  const root = mkdtempSync(join(tmpdir(), 'tussenruimte-open-'))
  cpSync(FIXTURE_CORPUS, root, { recursive: true })
  const outRoot = join(root, '.build')
  const outcome = await buildArtefacts({ root, outRoot, today: TODAY })
  if (!outcome.ok) throw new Error(outcome.problems.map(formatProblem).join('\n'))
  const deps = await openBuild(outRoot)
  deps.config.publicUrl = publicUrl
  return { root, outRoot, outcome, deps, app: createApp({ ...deps, today: () => TODAY }), dispose: () => (deps.close(), rmSync(root, { recursive: true, force: true })) }
}

/** The JSON-LD objects of an HTML page. */
export function jsonLdOf(html: string): unknown[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!))
}
