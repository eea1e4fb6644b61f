/** Facets that mean what users think, and filters people can see and undo (issue #12, part 2). */
import { beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, REPO_ROOT } from '../helpers/create-test-app.ts'

let app: Awaited<ReturnType<typeof createTestApp>>
let real: Awaited<ReturnType<typeof createTestApp>>
beforeAll(async () => {
  ;[app, real] = await Promise.all([createTestApp(), createTestApp(REPO_ROOT)])
}, 60_000)
const html = async (path: string, on = app) => (await on.request(path)).text()

describe('"Geldt voor" facet', () => {
  it('keeps Didam when filtering on municipality, in search and on the rule list (real corpus)', async () => {
    const search = await html('/zoeken?q=didam&applies=municipality', real)
    const list = await html('/regels?applies=municipality', real)
    const byLevel = await html('/regels?level=municipal', real)

    expect(search).toContain('<a href="/regels/didam-arrest">')
    expect(list).toContain('<a href="/regels/didam-arrest">')
    // The level of government that made a rule is what hid it before.
    expect(byLevel).not.toContain('<a href="/regels/didam-arrest">')
  })

  it('drops entries whose rules do not apply to the chosen party', async () => {
    const page = await html('/regels?applies=initiative')

    expect(page).not.toContain('<a href="/regels/didam-arrest">')
    expect(page).toContain('0 regels')
  })

  it('is the first filter group on the rule list, labelled for people, in both languages', async () => {
    const nl = await html('/regels')
    const en = await html('/en/rules')

    expect(nl.match(/<legend>([^<]+)<\/legend>/)?.[1]).toBe('Geldt voor')
    expect(en.match(/<legend>([^<]+)<\/legend>/)?.[1]).toBe('Applies to')
    expect(nl).toMatch(/<label for="f-applies-municipality">Gemeente <span class="count">\(2\)<\/span>/)
  })

  it('is accepted by the API collection', async () => {
    const res = await app.request('/api/v1/rules?applies=municipality')

    expect(res.status).toBe(200)
    expect(JSON.stringify(await res.json())).toContain('didam-arrest')
  })
})

describe('filters people can see and undo', () => {
  it('puts the results before the filters in reading order', async () => {
    for (const path of ['/zoeken?q=didam', '/regels', '/casussen']) {
      const page = await html(path)
      expect(page.indexOf('class="results"')).toBeGreaterThan(0)
      expect(page.indexOf('class="results"')).toBeLessThan(page.indexOf('class="facets"'))
    }
  })

  it('shows each chosen filter as a chip that links to the page without it, and one link to clear them all', async () => {
    const page = await html('/zoeken?q=grond&domain=housing&instrument=property')

    expect(page).toContain('2 filters gekozen:')
    expect(page).toMatch(/<a class="chip" href="\/zoeken\?q=grond&amp;instrument=property" aria-label="Filter Domein: Wonen weghalen">Domein: Wonen/)
    expect(page).toMatch(/<a class="chip" href="\/zoeken\?q=grond&amp;domain=housing" aria-label="Filter Instrument: Grond en vastgoed weghalen">/)
    expect(page).toContain('<a class="active-filters__clear" href="/zoeken?q=grond">Alle filters wissen</a>')
    expect(await html('/zoeken?q=grond')).not.toContain('class="active-filters"')
  })

  it('keeps a list narrowed to a rule when a chip is removed', async () => {
    const page = await html('/casussen?rule=didam-arrest&outcome=worked')

    expect(page).toMatch(/<a class="chip" href="\/casussen\?rule=didam-arrest"/)
  })

  it('starts a new query without the old filters', async () => {
    const page = await html('/zoeken?q=grond&domain=housing')
    const form = page.slice(page.indexOf('data-search-form'), page.indexOf('</form>', page.indexOf('data-search-form')))

    expect(form).not.toContain('name="domain"')
  })

  it('hides empty facet groups, and the whole filter box and result list when nothing matched', async () => {
    const page = await html('/zoeken?q=qqqxyzzy')
    const casePage = await html('/casussen')

    expect(page).not.toContain('class="facets"')
    expect(page).not.toContain('class="result-list"')
    expect(casePage).not.toContain('f-initiative-zorgcooperatie')
    expect(casePage).toContain('f-initiative-dorpshuis')
  })

  it('counts a list in its own words', async () => {
    expect(await html('/regels')).toContain('>2 regels</h2>')
    expect(await html('/casussen?outcome=blocked')).toContain('>1 casus</h2>')
    expect(await html('/en/workarounds')).toContain('>2 workarounds</h2>')
  })
})
