/** Rule and workaround pages that answer first (issue #12, part 1). */
import { beforeAll, describe, expect, it } from 'vitest'
import { byCertainty } from '../../src/views/components/in-short.tsx'
import { bodySections } from '../../src/views/components/contents.tsx'
import type { EntrySummaryOf } from '../../src/db/entries.repository.ts'
import { createTestApp } from '../helpers/create-test-app.ts'

let app: Awaited<ReturnType<typeof createTestApp>>
beforeAll(async () => {
  app = await createTestApp()
})
const html = async (path: string) => (await app.request(path)).text()
const count = (text: string, needle: string) => text.split(needle).length - 1
const section = (page: string, id: string) => page.slice(page.indexOf(`id="${id}"`), page.indexOf('</section>', page.indexOf(`id="${id}"`)))

describe('rule page: In het kort', () => {
  it('puts the answer and the ways through, with their certainty, under the title and before the body', async () => {
    const page = await html('/regels/didam-arrest')
    const inShort = section(page, 'in-short-heading')

    expect(page.indexOf('id="in-short-heading"')).toBeGreaterThan(page.indexOf('<h1'))
    expect(page.indexOf('id="in-short-heading"')).toBeLessThan(page.indexOf('id="wat-de-regel-vraagt"'))
    expect(inShort).toContain('>In het kort</h2>')
    expect(inShort).toContain('Een gemeente die grond verkoopt')
    expect(inShort).toMatch(/<a href="\/oplossingen\/enige-serieuze-gegadigde"[^>]*>Enige serieuze gegadigde<\/a> <span class="badge badge--certainty-tested-in-court">/)
  })

  it('has a contents list that links to every body section and to the linked entries', async () => {
    const page = await html('/regels/didam-arrest')
    const contents = page.slice(page.indexOf('class="contents"'), page.indexOf('</nav>', page.indexOf('class="contents"')))

    for (const id of ['wat-de-regel-vraagt', 'waar-het-knelt', 'tussenruimte', 'workarounds-heading', 'cases-heading', 'related-heading', 'references-heading']) {
      expect(contents).toContain(`href="#${id}"`)
      expect(page).toContain(`id="${id}"`)
    }
  })

  it('shows each linked workaround and case once in the page body, and related rules as a compact list', async () => {
    const page = await html('/regels/didam-arrest')
    const article = page.slice(page.indexOf('<article'), page.indexOf('</article>'))
    const afterInShort = article.slice(article.indexOf('class="contents"'))

    expect(count(afterInShort, 'href="/oplossingen/enige-serieuze-gegadigde"')).toBe(1)
    expect(count(afterInShort, 'href="/casussen/dorpshuis-voorbeeld"')).toBe(1)
    expect(section(page, 'related-heading')).toContain('<ul class="entry-links"><li><a href="/regels/staatssteun-de-minimis"')
    expect(section(page, 'related-heading')).not.toContain('class="card')
  })

  it('writes dates out in a <time> element', async () => {
    const page = await html('/regels/didam-arrest')

    expect(page).toContain('<time datetime="2026-01-15">15 januari 2026</time>')
    expect(await html('/en/rules/didam-arrest')).toContain('<time datetime="2026-01-15">15 January 2026</time>')
  })
})

describe('workaround page', () => {
  it('shows its certainty beside the title and its rule in the breadcrumb', async () => {
    const page = await html('/oplossingen/enige-serieuze-gegadigde')
    const crumbs = page.slice(page.indexOf('class="breadcrumbs"'), page.indexOf('</nav>', page.indexOf('class="breadcrumbs"')))

    expect(page).toMatch(/<div class="entry__title"><h1>Enige serieuze gegadigde<\/h1><p class="entry__title-badge"><span class="badge badge--certainty-tested-in-court">/)
    expect(crumbs).toContain('<a href="/regels">Regels</a>')
    expect(crumbs).toContain('<a href="/regels/didam-arrest">Didam-arrest</a>')
  })

  it('lists its conditions once', async () => {
    const page = await html('/oplossingen/enige-serieuze-gegadigde')
    const firstCondition = page.match(/<ul class="checklist" lang="nl"><li>([^<]+)<\/li>/)?.[1]

    expect(firstCondition).toBeTruthy()
    expect(count(page, firstCondition!)).toBe(1)
    expect(count(page, '>Voorwaarden</h2>')).toBe(1)
  })

  it('says which rule a workaround belongs to on the list cards', async () => {
    const page = await html('/oplossingen')

    expect(page).toMatch(/<p class="card__parents">Hoort bij: <a href="\/regels\/didam-arrest">Didam-arrest<\/a><\/p>/)
  })
})

describe('helpers', () => {
  it('orders workarounds by certainty, keeping the order within one level', () => {
    const w = (slug: string, certainty: string) => ({ slug, meta: { certainty } }) as unknown as EntrySummaryOf<'workaround'>
    const ordered = byCertainty([w('a', 'experimental'), w('b', 'common-practice'), w('c', 'tested-in-court'), w('d', 'common-practice'), w('e', 'official-guidance')])

    expect(ordered.map((x) => x.slug)).toEqual(['c', 'e', 'b', 'd', 'a'])
  })

  it('reads the sections of body HTML as plain text', () => {
    expect(bodySections('<p>x</p><h2 id="a-b">A &amp; <em>b</em></h2><h3 id="c">C</h3><h2 id="risicos">Risico&#39;s</h2>')).toEqual([
      { id: 'a-b', label: 'A & b' },
      { id: 'risicos', label: "Risico's" },
    ])
  })
})
