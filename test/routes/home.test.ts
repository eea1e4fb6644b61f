/** Home for both audiences (issue #12, part 4). */
import { beforeAll, describe, expect, it } from 'vitest'
import { createTestApp } from '../helpers/create-test-app.ts'

let app: Awaited<ReturnType<typeof createTestApp>>
beforeAll(async () => {
  app = await createTestApp()
})
const html = async (path: string) => (await app.request(path)).text()
const section = (page: string, id: string) => page.slice(page.indexOf(`id="${id}"`), page.indexOf('</section>', page.indexOf(`id="${id}"`)))

describe('home page', () => {
  it('has an h1 that says what the site does, not the brand again', async () => {
    expect(await html('/')).toMatch(/<h1>Vind de regel die samenwerking blokkeert, en de ruimte erin<\/h1>/)
    expect(await html('/en')).toMatch(/<h1>Find the rule that blocks collaboration, and the room within it<\/h1>/)
  })

  it('leads civil servants into the Regelscan for their task', async () => {
    const government = section(await html('/'), 'audience-government')
    const english = section(await html('/en'), 'audience-government')

    expect(government).toContain('>Ik werk bij een overheid</h3>')
    for (const slug of ['grond-of-gebouw', 'initiatief-betalen', 'taak-overdragen', 'samen-energie', 'samen-meten']) {
      expect(government).toContain(`href="/regelscan/${slug}"`)
      expect(english).toContain(`href="/regelscan/${slug}" hreflang="nl"`)
    }
    expect(government).toContain('Grond of een gebouw verkopen, verhuren of in gebruik geven aan een initiatief')
  })

  it('gives initiatives their own tasks, phrased as theirs, leading to filtered results', async () => {
    const initiative = section(await html('/'), 'audience-initiative')

    expect(initiative).toContain('>Ik zit in een initiatief</h3>')
    expect(initiative).toContain('href="/zoeken?instrument=property">Wij willen grond of een gebouw van de gemeente gebruiken</a>')
    expect(initiative).not.toContain('/regelscan/')
  })

  it('counts rules per domain and opens the rule list for it', async () => {
    const page = await html('/')

    expect(page).toContain('<a href="/regels?domain=housing">Wonen <span class="count">(1 regel)</span></a>')
  })
})
