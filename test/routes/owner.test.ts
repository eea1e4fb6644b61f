/** An owner people can reach (issue #12, part 5): publisher, editors' address and policy from configuration. */
import { beforeAll, describe, expect, it } from 'vitest'
import { configFrom, defaultConfig } from '../../src/env.ts'
import { createTestApp } from '../helpers/create-test-app.ts'

let app: Awaited<ReturnType<typeof createTestApp>>
beforeAll(async () => {
  app = await createTestApp()
})
const html = async (path: string) => (await app.request(`http://tussenruimte.test${path}`)).text()

describe('configuration', () => {
  it('reads publisher, editorial address and policy from the environment, with defaults for unset or empty ones', () => {
    const config = configFrom({ PUBLISHER: 'Stichting X', EDITORIAL_EMAIL: ' redactie@x.nl ', EDITORIAL_POLICY_URL: '' })

    expect(config.publisher).toBe('Stichting X')
    expect(config.editorialEmail).toBe('redactie@x.nl')
    expect(config.editorialPolicyUrl).toBe(defaultConfig.editorialPolicyUrl)
    expect(configFrom({}).repositoryUrl).toBe(defaultConfig.repositoryUrl)
  })
})

describe('owner on the pages', () => {
  it('names the publisher and the editors in the footer of every page, with the policy', async () => {
    for (const path of ['/', '/regels/didam-arrest', '/en/cases']) {
      const page = await html(path)
      const footer = page.slice(page.indexOf('<footer'))
      expect(footer).toContain('Stichting Voorbeeld')
      expect(footer).toContain('<a href="mailto:redactie@example.org">redactie@example.org</a>')
      expect(footer).toContain(`<a href="${defaultConfig.editorialPolicyUrl}">`)
    }
  })

  it('has a "meld een fout" e-mail beside the GitHub link on entry pages, with the page address filled in', async () => {
    const page = await html('/regels/didam-arrest')
    const links = page.slice(page.indexOf('class="improve-links"'), page.indexOf('</ul>', page.indexOf('class="improve-links"')))
    const mailto = links.match(/href="(mailto:[^"]+)">Meld een fout aan de redactie</)?.[1]?.replaceAll('&amp;', '&')

    expect(mailto).toBeTruthy()
    const url = new URL(mailto!)
    expect(url.pathname).toBe('redactie@example.org')
    expect(url.searchParams.get('subject')).toBe('Fout of verouderd: Didam-arrest')
    expect(url.searchParams.get('body')).toContain('Pagina: http://tussenruimte.test/regels/didam-arrest')
    expect(links).toContain('Meld een fout via GitHub')
  })

  it('says on /over who makes the site, how to reach the editors and what the editorial policy is', async () => {
    const page = await html('/over')

    expect(page).toContain('<h2 id="owner-heading">Wie maakt Tussenruimte</h2>')
    expect(page).toContain('Stichting Voorbeeld geeft Tussenruimte uit')
    expect(page).toMatch(/<a href="mailto:redactie@example.org\?subject=[^"]+">redactie@example.org<\/a>/)
    expect(page).toContain('<h3 id="redactiebeleid">Redactiebeleid</h3>')
  })
})
