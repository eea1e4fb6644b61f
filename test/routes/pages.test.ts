import { beforeAll, describe, expect, it } from 'vitest'
import { createTestApp } from '../helpers/create-test-app.ts'
import { PAGE_TITLES } from '../fixtures/page-titles.ts'

let app: Awaited<ReturnType<typeof createTestApp>>
beforeAll(async () => {
  app = await createTestApp()
})

const page = async (path: string, init?: RequestInit) => {
  const res = await app.request(path, init)
  return { res, html: await res.text() }
}
const count = (html: string, pattern: RegExp) => (html.match(pattern) ?? []).length

describe('HTML pages', () => {
  it.each(PAGE_TITLES)('GET %s renders one h1 with the page title', async (path, title) => {
    const { res, html } = await page(path)

    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('text/html')
    expect(count(html, /<h1[\s>]/g)).toBe(1)
    expect(html).toMatch(new RegExp(`<h1[^>]*>${title}`))
  })

  it('has a search form on the home page that works without JavaScript', async () => {
    const { html } = await page('/')

    expect(html).toMatch(/<form[^>]*role="search"[^>]*method="get"[^>]*action="\/zoeken"/)
    expect(html).toMatch(/<label for="q"[^>]*>[^<]+<\/label>/)
    expect(html).toContain('<input id="q" name="q"')
  })

  it('writes a case period as a span, or in words while it goes on, in both languages', async () => {
    expect((await page('/casussen/dorpshuis-voorbeeld')).html).toContain('2022–2023')
    expect((await page('/casussen/zonnedak-voorbeeld')).html).toContain('sinds 2019')
    expect((await page('/en/cases/zonnedak-voorbeeld')).html).toContain('since 2019')
  })

  it('narrows a list to the entries linked to a rule, names the rule, and refuses an unknown one', async () => {
    const { res, html } = await page('/casussen?rule=didam-arrest')
    const unknown = await page('/casussen?rule=bestaat-niet')

    expect(res.status).toBe(200)
    expect(html).toContain('<a href="/regels/didam-arrest">Didam-arrest</a>')
    expect(html).toContain('/casussen/dorpshuis-voorbeeld')
    expect(html).not.toContain('/casussen/zonnedak-voorbeeld')
    expect(unknown.res.status).toBe(400)
    expect(unknown.html).toContain('bestaat-niet')
  })

  it('lists the Didam rule first when searching "didam"', async () => {
    const { html } = await page('/zoeken?q=didam')

    const first = html.match(/<h3 class="result__title"><a href="([^"]+)"/)
    expect(first?.[1]).toBe('/regels/didam-arrest')
  })

  it('shows facet counts as a real form of checkboxes', async () => {
    const { html } = await page('/zoeken?q=&domain=energy')

    expect(html).toMatch(/<input type="checkbox" id="f-domain-energy" name="domain" value="energy" checked/)
    expect(html).toMatch(/<label for="f-domain-housing">Wonen <span class="count">\(\d+\)<\/span>/)
  })

  it('shows a rule with its sections, workarounds, cases and sources as deep links', async () => {
    const { html } = await page('/regels/didam-arrest')

    for (const section of ['Wat de regel vraagt', 'Waar het knelt', 'Tussenruimte']) expect(html).toContain(`>${section}</h2>`)
    expect(html).toContain('href="/oplossingen/enige-serieuze-gegadigde"')
    expect(html).toContain('href="/casussen/dorpshuis-voorbeeld"')
    expect(html).toContain('href="https://uitspraken.rechtspraak.nl/details?id=ECLI:NL:HR:2021:1778"')
    expect(html).toContain('href="https://wetten.overheid.nl/jci1.3:c:BWBR0005537&amp;artikel=3:4"')
    expect(html).toContain('2026-01-15')
  })

  it('says a rule is due for review once its review date has passed', async () => {
    const { html } = await page('/regels/didam-arrest')
    const fresh = await page('/regels/staatssteun-de-minimis')

    expect(html).toContain('opnieuw gecontroleerd moeten worden')
    expect(fresh.html).not.toContain('opnieuw gecontroleerd moeten worden')
  })

  it('links to edit the source file and to report outdated information', async () => {
    const { html } = await page('/casussen/dorpshuis-voorbeeld')

    expect(html).toContain('href="https://example.org/tussenruimte/edit/main/content/cases/dorpshuis-voorbeeld.md"')
    expect(html).toMatch(/href="https:\/\/example.org\/tussenruimte\/issues\/new\?title=/)
  })

  it('filters a list without JavaScript', async () => {
    const { html } = await page('/casussen?outcome=blocked')

    expect(html).toContain('href="/casussen/zonnedak-voorbeeld"')
    expect(html).not.toContain('href="/casussen/dorpshuis-voorbeeld"')
  })

  it('answers an unknown slug with a helpful 404 page', async () => {
    const { res, html } = await page('/regels/bestaat-niet')

    expect(res.status).toBe(404)
    expect(html).toContain('Pagina niet gevonden')
    expect(html).toContain('href="/regels"')
  })

  it('answers an unknown English path with an English 404 page', async () => {
    const { res, html } = await page('/en/nothing-here')

    expect(res.status).toBe(404)
    expect(html).toContain('<html lang="en">')
    expect(html).toContain('Page not found')
  })

  it('answers bad filter values with 400 and says what is allowed', async () => {
    const { res, html } = await page('/regels?domain=enery')

    expect(res.status).toBe(400)
    expect(html).toContain('enery')
    expect(html).toContain('energy')
  })

  it('offers a "did you mean" suggestion when nothing is found', async () => {
    const { html } = await page('/zoeken?q=zonedk')

    expect(html).toContain('0 resultaten')
    expect(html).toMatch(/Bedoelde u <a href="\/zoeken\?q=zonnedak"><strong>zonnedak<\/strong>/)
  })
})

describe('HTTP headers', () => {
  it('sends a Content-Security-Policy without unsafe-inline and the usual security headers', async () => {
    const { res } = await page('/')

    const csp = res.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("script-src 'self'")
    expect(csp).not.toContain('unsafe-inline')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
  })

  it('answers a matching If-None-Match with 304', async () => {
    const first = await page('/regels')
    const tag = first.res.headers.get('etag')!

    const again = await app.request('/regels', { headers: { 'If-None-Match': tag } })

    expect(tag).toBeTruthy()
    expect(again.status).toBe(304)
  })

  it('sets cache headers on pages', async () => {
    const { res } = await page('/regels')

    expect(res.headers.get('cache-control')).toContain('max-age=')
  })
})

describe('English interface', () => {
  it('keeps the page when switching language', async () => {
    const { html } = await page('/regels/didam-arrest')

    expect(html).toContain('<a class="lang-switch" href="/en/rules/didam-arrest" hreflang="en" lang="en">')
    expect(html).toContain('<link rel="alternate" hreflang="en" href="http://localhost/en/rules/didam-arrest"/>')
  })

  it('says that the content is Dutch', async () => {
    const { html } = await page('/en/cases/dorpshuis-voorbeeld')

    expect(html).toContain('The content of this page is in Dutch.')
    expect(html).toMatch(/<div class="prose" lang="nl">/)
  })
})
