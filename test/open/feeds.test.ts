/**
 * Atom feeds (RFC 4287): all, per kind and per domain; each parses, has the required elements,
 * links back to itself and to pages that exist, says what changed, and is offered on the pages
 * it belongs to and on the follow page.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../src/app.tsx'
import { allFeeds, feedPath } from '../../src/feeds/feed-paths.ts'
import { createTestDeps } from '../helpers/create-test-app.ts'
import { ATOM, children, HISTORY, parseXml } from './helpers.ts'

const ORIGIN = 'https://tussenruimte.example'
let app: ReturnType<typeof createApp>
beforeAll(async () => {
  const deps = await createTestDeps(undefined, undefined, HISTORY)
  app = createApp({ ...deps, config: { ...deps.config, publicUrl: ORIGIN } })
})

const text = (parent: Parameters<typeof children>[0], name: string) => children(parent, ATOM, name)[0]?.textContent ?? undefined
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/

async function feed(path: string) {
  const res = await app.request(path)
  expect(res.status, path).toBe(200)
  expect(res.headers.get('content-type')).toMatch(/^application\/atom\+xml/)
  const doc = parseXml(await res.text())
  const root = doc.documentElement!
  expect(root.namespaceURI).toBe(ATOM)
  expect(root.localName).toBe('feed')
  return root
}

describe('Atom feeds', () => {
  it.each(allFeeds().map(feedPath))('%s is valid Atom with the required elements and links back', async (path) => {
    const root = await feed(path)
    // Feed-level elements RFC 4287 requires (4.1.1): id, title, updated, author (no entry lacks one), and a self link.
    expect(text(root, 'id')).toBe(`${ORIGIN}${path}`)
    expect(text(root, 'title')).toMatch(/Tussenruimte/)
    expect(text(root, 'updated')).toMatch(RFC3339)
    expect(children(root, ATOM, 'author')[0] && text(children(root, ATOM, 'author')[0]!, 'name')).toBe('Tussenruimte')
    const links = children(root, ATOM, 'link').filter((l) => l.parentNode === root)
    expect(links.find((l) => l.getAttribute('rel') === 'self')!.getAttribute('href')).toBe(`${ORIGIN}${path}`)
    const alternate = links.find((l) => l.getAttribute('rel') === 'alternate')!.getAttribute('href')!
    expect((await app.request(alternate.slice(ORIGIN.length))).status).toBe(200)
    const ids = new Set<string>()
    for (const entry of children(root, ATOM, 'entry')) {
      const id = text(entry, 'id')!
      expect(id).toMatch(/^https:\/\//)
      expect(ids.has(id), id).toBe(false)
      ids.add(id)
      expect(text(entry, 'title')).toBeTruthy()
      expect(text(entry, 'updated')).toMatch(RFC3339)
      expect(text(entry, 'summary')).toBeTruthy()
      const link = children(entry, ATOM, 'link').find((l) => l.getAttribute('rel') === 'alternate')!.getAttribute('href')!
      expect((await app.request(link.slice(ORIGIN.length))).status, link).toBe(200)
    }
  })

  it('each item says what changed, newest first, with a link to the change', async () => {
    const root = await feed('/feeds/all.atom')
    const entries = children(root, ATOM, 'entry')
    expect(entries.map((e) => text(e, 'title'))).toEqual(['Regel gewijzigd: Didam-arrest', 'Casus toegevoegd: Dorpshuis in een voorbeeldgemeente', 'Regel toegevoegd: Didam-arrest'])
    expect(text(entries[0]!, 'summary')).toBe('Wat er veranderde: Didam II: de uitzonderingen zijn beperkt')
    expect(text(root, 'updated')).toBe('2026-11-20T10:00:00+01:00')
    expect(children(entries[0]!, ATOM, 'link').find((l) => l.getAttribute('rel') === 'related')!.getAttribute('href')).toBe(`https://example.org/tussenruimte/commit/${'a'.repeat(40)}`)
  })

  it('per kind and per domain hold only their own items', async () => {
    const titles = async (path: string) => children(await feed(path), ATOM, 'entry').map((e) => text(e, 'title'))
    expect(await titles('/feeds/cases.atom')).toEqual(['Casus toegevoegd: Dorpshuis in een voorbeeldgemeente'])
    expect(await titles('/feeds/rules.atom')).toEqual(['Regel gewijzigd: Didam-arrest', 'Regel toegevoegd: Didam-arrest'])
    // Didam is about housing and economy; the village hall case about neither energy.
    expect(await titles('/feeds/domains/housing.atom')).toContain('Regel gewijzigd: Didam-arrest')
    expect(await titles('/feeds/domains/energy.atom')).not.toContain('Regel gewijzigd: Didam-arrest')
  })

  it('without history has one item per entry, dated by its review', async () => {
    const bare = createApp(await createTestDeps(undefined, undefined, new Map()))
    const doc = parseXml(await (await bare.request('/feeds/rules.atom')).text())
    const entries = children(doc.documentElement!, ATOM, 'entry')
    expect(entries.map((e) => text(e, 'title'))).toEqual(['Regel gecontroleerd: Staatssteun en de-minimis', 'Regel gecontroleerd: Didam-arrest'])
    expect(text(entries[1]!, 'updated')).toBe('2026-01-15T00:00:00Z')
  })

  it('an unknown feed is a 404', async () => {
    expect((await app.request('/feeds/nothing.atom')).status).toBe(404)
    expect((await app.request('/feeds/domains/enery.atom')).status).toBe(404)
  })
})

describe('feeds on pages', () => {
  const feedLinks = (html: string) => [...html.matchAll(/<link rel="alternate" type="application\/atom\+xml" title="[^"]*" href="([^"]+)"\/>/g)].map((m) => m[1])

  it('every page offers the feed of everything; a list its kind and chosen domains; an entry its kind and domains', async () => {
    expect(feedLinks(await (await app.request('/')).text())).toEqual(['/feeds/all.atom'])
    expect(feedLinks(await (await app.request('/casussen?domain=energy')).text())).toEqual(['/feeds/all.atom', '/feeds/cases.atom', '/feeds/domains/energy.atom'])
    expect(feedLinks(await (await app.request('/en/rules/didam-arrest')).text())).toEqual(['/feeds/all.atom', '/feeds/rules.atom', '/feeds/domains/economy.atom', '/feeds/domains/housing.atom'])
  })

  it('the follow page, in Dutch and English, lists every feed', async () => {
    for (const path of ['/volgen', '/en/follow']) {
      const res = await app.request(path)
      expect(res.status).toBe(200)
      const html = await res.text()
      for (const scope of allFeeds()) expect(html, feedPath(scope)).toContain(`href="${feedPath(scope)}" type="application/atom+xml"`)
      expect(html).toContain(`${ORIGIN}/feeds/all.atom`)
    }
  })
})
