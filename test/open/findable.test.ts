/**
 * Findable: robots.txt, a sitemap with every entry and list page in both languages, canonical and
 * hreflang links, descriptions and Open Graph tags, and JSON-LD on every entry page.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { listedKinds, listingOf } from '../../src/content/kinds.ts'
import { pathsOf } from '../../src/paths.ts'
import { scriptSafeJson } from '../../src/site/json-ld.ts'
import { parsePublicUrl } from '../../src/site/public-url.ts'
import { createApp } from '../../src/app.tsx'
import { createTestDeps, FIXTURE_CORPUS } from '../helpers/create-test-app.ts'
import { children, HISTORY, jsonLdOf, parseXml, SITEMAP } from './helpers.ts'

const ORIGIN = 'https://tussenruimte.example'
let app: ReturnType<typeof createApp>
beforeAll(async () => {
  const deps = await createTestDeps(undefined, undefined, HISTORY)
  app = createApp({ ...deps, config: { ...deps.config, publicUrl: ORIGIN } })
})

/** Every entry the API lists, per kind. */
async function apiEntries() {
  const out: { type: string; slug: string; lastChanged: string; url: string }[] = []
  for (const kind of listedKinds) {
    const body = (await (await app.request(`/api/v1/${listingOf(kind).api}?limit=100`)).json()) as { total: number; items: { slug: string; type: string; lastChanged: string; url: string }[] }
    expect(body.items).toHaveLength(body.total)
    out.push(...body.items)
  }
  return out
}

describe('robots.txt and sitemap.xml', () => {
  it('robots.txt points at the sitemap at the public address and keeps crawlers out of search results', async () => {
    const res = await app.request('/robots.txt')
    const text = await res.text()
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/)
    expect(text).toContain(`Sitemap: ${ORIGIN}/sitemap.xml`)
    expect(text).toContain('Disallow: /zoeken')
    expect(text).toContain('Disallow: /en/search')
  })

  it('lists every entry the API has, in Dutch and English, with its last change, and every list page', async () => {
    const res = await app.request('/sitemap.xml')
    expect(res.headers.get('content-type')).toMatch(/^application\/xml/)
    const doc = parseXml(await res.text())
    const urls = children(doc, SITEMAP, 'url').map((u) => ({
      loc: children(u, SITEMAP, 'loc')[0]!.textContent!,
      lastmod: children(u, SITEMAP, 'lastmod')[0]?.textContent,
      alternates: children(u, 'http://www.w3.org/1999/xhtml', 'link').map((l) => `${l.getAttribute('hreflang')} ${l.getAttribute('href')}`),
    }))
    const locs = new Set(urls.map((u) => u.loc))
    const entries = await apiEntries()
    expect(entries.length).toBeGreaterThan(0)
    for (const e of entries) {
      const nl = `${ORIGIN}${e.url}`
      const en = `${ORIGIN}${pathsOf('en')[e.type as (typeof listedKinds)[number]]}/${e.slug}`
      expect(locs.has(nl) && locs.has(en), e.slug).toBe(true)
      const url = urls.find((u) => u.loc === nl)!
      expect(url.lastmod).toBe(e.lastChanged)
      expect(url.alternates).toEqual([`nl ${nl}`, `en ${en}`])
    }
    const entryUrls = urls.filter((u) => listedKinds.some((k) => u.loc.startsWith(`${ORIGIN}${pathsOf('nl')[k]}/`) || u.loc.startsWith(`${ORIGIN}${pathsOf('en')[k]}/`)))
    expect(entryUrls).toHaveLength(entries.length * 2)
    for (const kind of listedKinds) expect(locs.has(`${ORIGIN}${pathsOf('nl')[kind]}`) && locs.has(`${ORIGIN}${pathsOf('en')[kind]}`)).toBe(true)
    expect(locs.has(`${ORIGIN}/zoeken`)).toBe(false)
    // The history says the Didam ruling changed on 2026-11-20.
    expect(urls.find((u) => u.loc === `${ORIGIN}/regels/didam-arrest`)!.lastmod).toBe('2026-11-20')
  })

  it('every URL in the sitemap answers 200', async () => {
    const doc = parseXml(await (await app.request('/sitemap.xml')).text())
    for (const loc of children(doc, SITEMAP, 'loc').map((l) => l.textContent!)) {
      expect((await app.request(loc.slice(ORIGIN.length) || '/')).status, loc).toBe(200)
    }
  })
})

describe('the head of every page', () => {
  it('has an absolute canonical link, hreflang for both languages, a description and Open Graph tags from the summary', async () => {
    const html = await (await app.request('/en/rules/didam-arrest')).text()
    expect(html).toContain(`<link rel="canonical" href="${ORIGIN}/en/rules/didam-arrest"/>`)
    expect(html).toContain(`<link rel="alternate" hreflang="nl" href="${ORIGIN}/regels/didam-arrest"/>`)
    expect(html).toContain(`<link rel="alternate" hreflang="en" href="${ORIGIN}/en/rules/didam-arrest"/>`)
    expect(html).toContain(`<link rel="alternate" hreflang="x-default" href="${ORIGIN}/regels/didam-arrest"/>`)
    expect(html).toContain('<meta property="og:type" content="article"/>')
    expect(html).toContain(`<meta property="og:url" content="${ORIGIN}/en/rules/didam-arrest"/>`)
    expect(html).toMatch(/<meta name="description" content="[^"]+"\/>/)
    expect(html).toMatch(/<meta property="og:description" content="[^"]+"\/>/)
    expect(html).toContain('<meta property="og:locale" content="en_GB"/>')
  })

  it('a list page canonicalises without its filters', async () => {
    const html = await (await app.request('/regels?domain=energy')).text()
    expect(html).toContain(`<link rel="canonical" href="${ORIGIN}/regels"/>`)
  })
})

describe('JSON-LD', () => {
  it('parses on every entry page, in both languages, with the right schema.org type, identifiers, dateModified and licence', async () => {
    const entries = await apiEntries()
    for (const e of entries) {
      for (const path of [e.url, `${pathsOf('en')[e.type as (typeof listedKinds)[number]]}/${e.slug}`]) {
        const [ld, ...more] = jsonLdOf(await (await app.request(path)).text()) as Record<string, unknown>[]
        expect(more, path).toHaveLength(0)
        expect(ld!['@context']).toBe('https://schema.org')
        expect(ld!.url).toBe(`${ORIGIN}${e.url}`)
        expect(ld!.dateModified).toBe(e.lastChanged)
        expect(ld!.license).toBe('https://creativecommons.org/licenses/by-sa/4.0/')
        expect(Array.isArray(ld!.citation) && (ld!.citation as unknown[]).length > 0, path).toBe(true)
      }
    }
  })

  it('a law is Legislation with its BWB identifier; a ruling a CreativeWork citing its ECLI', async () => {
    const law = jsonLdOf(await (await app.request('/regels/staatssteun-de-minimis')).text())[0] as Record<string, any>
    expect(law['@type']).toBe('Legislation')
    expect(law.legislationLegalForce).toBe('https://schema.org/InForce')
    const ruling = jsonLdOf(await (await app.request('/regels/didam-arrest')).text())[0] as Record<string, any>
    expect(ruling['@type']).toBe('CreativeWork')
    expect(ruling.dateModified).toBe('2026-11-20')
    expect(ruling.citation).toContainEqual(expect.objectContaining({ identifier: { '@type': 'PropertyValue', propertyID: 'ECLI', value: 'ECLI:NL:HR:2021:1778' } }))
    expect(ruling.citation).toContainEqual(expect.objectContaining({ '@type': 'Legislation', legislationIdentifier: 'BWBR0005537' }))
    const howTo = jsonLdOf(await (await app.request('/oplossingen/enige-serieuze-gegadigde')).text())[0] as Record<string, any>
    expect(howTo['@type']).toBe('HowTo')
  })

  it('cannot be closed from inside: a title with </script> stays data', async () => {
    const root = mkdtempSync(join(tmpdir(), 'tussenruimte-ld-'))
    try {
      cpSync(FIXTURE_CORPUS, root, { recursive: true })
      const evil = 'Didam </script><script>alert(1)</script> <!-- & -->'
      // The content check refuses HTML in front matter, so the title is put into the built database directly: the page must stay safe even then.
      const deps = await createTestDeps(root)
      await deps.db.updateTable('entries').set({ title: evil }).where('slug', '=', 'didam-arrest').execute()
      const html = await (await createApp(deps).request('/regels/didam-arrest')).text()
      expect(html).not.toContain('<script>alert(1)')
      const ld = jsonLdOf(html)[0] as Record<string, unknown>
      expect(ld.name).toBe(evil)
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  })

  it('scriptSafeJson escapes what could end a script and stays the same JSON', () => {
    const value = { a: '</script>', b: '<!--', c: 'x & y', d: '\u2028' }
    const text = scriptSafeJson(value)
    expect(text).not.toMatch(/[<>&\u2028]/)
    expect(JSON.parse(text)).toEqual(value)
  })
})

describe('PUBLIC_URL', () => {
  it('is read as an absolute http(s) address without a trailing slash, and refused otherwise with a clear message', () => {
    expect(parsePublicUrl('https://tussenruimte.nl/')).toBe('https://tussenruimte.nl')
    expect(parsePublicUrl('https://example.org/kennisbank/')).toBe('https://example.org/kennisbank')
    expect(parsePublicUrl(undefined)).toBeUndefined()
    expect(parsePublicUrl('')).toBeUndefined()
    expect(() => parsePublicUrl('tussenruimte.nl')).toThrow(/PUBLIC_URL .* absolute address/)
    expect(() => parsePublicUrl('ftp://tussenruimte.nl')).toThrow(/http\(s\)/)
  })

  it('without it, links use the address of the request', async () => {
    const local = createApp(await createTestDeps(undefined, undefined, HISTORY))
    expect(await (await local.request('http://127.0.0.1:3000/robots.txt')).text()).toContain('Sitemap: http://127.0.0.1:3000/sitemap.xml')
  })
})
