import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { languages, registerLanguage, unregisterLanguage } from '../../src/i18n/languages.ts'
import { createTestApp } from '../helpers/create-test-app.ts'
import { frisian } from '../fixtures/frisian.ts'

let app: Awaited<ReturnType<typeof createTestApp>>
beforeAll(async () => {
  registerLanguage(frisian)
  app = await createTestApp()
})
afterAll(() => unregisterLanguage('fy'))

/** Every page type under /fy, with the status it should answer. */
const PAGES: [path: string, status: number][] = [
  ['/fy', 200],
  ['/fy/zoeken?q=didam', 200],
  ['/fy/regels', 200],
  ['/fy/oplossingen', 200],
  ['/fy/casussen', 200],
  ['/fy/regelscan', 200],
  ['/fy/regels/didam-arrest', 200],
  ['/fy/oplossingen/enige-serieuze-gegadigde', 200],
  ['/fy/casussen/dorpshuis-voorbeeld', 200],
  ['/fy/regelscan/grond-verkopen', 200],
  ['/fy/frictiekaart', 200],
  ['/fy/over', 200],
  ['/fy/bijdragen', 200],
  ['/fy/redactie', 200],
  ['/fy/volgen', 200],
  ['/fy/open-data', 200],
  ['/fy/bestiet-net', 404],
  ['/fy/regels/bestiet-net', 404],
]

describe('a third interface language registered at run time', () => {
  it('is in the language list after the two built-in ones', () => {
    expect(languages.map((l) => l.code)).toEqual(['nl', 'en', 'fy'])
  })

  it.each(PAGES)('GET %s answers %i in Frisian, with its own text and a way to the other languages', async (path, status) => {
    const res = await app.request(path)
    const html = await res.text()
    expect(res.status).toBe(status)
    expect(html).toMatch(/<html lang="fy"/)
    // From the fixture catalogue: the search button in the header (or the large form on the home page).
    expect(html).toMatch(/>Sykje</)
    expect(html).toContain('>Oer<')
    // Untranslated text falls back to Dutch.
    expect(html).toContain('Naar de inhoud')
    // Links stay in the language: the navigation points below /fy.
    expect(html).toContain('href="/fy/regels"')
    // The language switch offers both built-in languages, and every other language offers Frisian.
    expect(html).toMatch(/<a class="lang-switch" href="\/[^"]*" hrefLang="nl" lang="nl">/i)
    expect(html).toMatch(/<a class="lang-switch" href="\/en[^"]*" hrefLang="en" lang="en">/i)
    expect(html).not.toMatch(/class="lang-switch"[^>]*hrefLang="fy"/i)
  })

  it('says the content is Dutch and marks it so, on an entry page', async () => {
    const html = await (await app.request('/fy/regels/didam-arrest')).text()
    expect(html).toContain('De ynhâld fan dizze side is yn it Nederlânsk.')
    expect(html).toMatch(/<h1 lang="nl">/)
    expect(html).toContain('<link rel="alternate" hreflang="fy" href="http://localhost/fy/regels/didam-arrest"/>')
    // Dutch text on a Frisian page is not presented as a translation: no Dutch subtitle under a Dutch title.
    expect(html).not.toContain('class="subtitle"')
  })

  it('names the 404 page in Frisian', async () => {
    expect(await (await app.request('/fy/bestiet-net')).text()).toContain('Side net fûn')
  })

  it('is offered by the Dutch and English pages, at the same page', async () => {
    for (const [path, fy] of [['/regels/didam-arrest', '/fy/regels/didam-arrest'], ['/en/rules/didam-arrest', '/fy/regels/didam-arrest']] as const) {
      const html = await (await app.request(path)).text()
      expect(html).toMatch(new RegExp(`<a class="lang-switch" href="${fy}" hrefLang="fy" lang="fy">`, 'i'))
      expect(html).toContain('Frysk')
    }
  })

  it('leaves the Dutch and English pages in their own language', async () => {
    expect(await (await app.request('/regels')).text()).toMatch(/<html lang="nl"/)
    expect(await (await app.request('/en/rules')).text()).toMatch(/<html lang="en"/)
  })
})
