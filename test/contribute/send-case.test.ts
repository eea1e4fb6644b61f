/**
 * "Verstuur naar de redactie" for a whole case: the server files the checked file as an issue
 * (fake GitHub API on 127.0.0.1) and links to it; on failure the text is kept and e-mail offered.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createApp } from '../../src/app.tsx'
import type { Deps } from '../../src/env.ts'
import { createTestDeps, FIXTURE_CORPUS } from '../helpers/create-test-app.ts'
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.ts'
import { corpusChecker, validFormValues } from './helpers.ts'

let github: FakeGitHub
let base: Deps
beforeAll(async () => {
  github = await startFakeGitHub()
  base = await createTestDeps()
})
afterAll(() => github.close())
beforeEach(() => {
  github.requests.length = 0
  github.mode = 'created'
})

const app = () =>
  createApp({ ...base, config: { ...base.config, repositoryUrl: 'https://github.com/tussenruimte/tussenruimte' }, issueRelay: { token: 'test-token', apiUrl: github.url, timeoutMs: 500 } })
const send = async (values: Record<string, string | string[]>, extra: [string, string][] = [['website', '']]) => {
  const body = new URLSearchParams()
  for (const [name, value] of Object.entries(values)) for (const v of Array.isArray(value) ? value : [value]) body.append(name, v)
  for (const [name, value] of [...extra, ['step', '5'], ['action', 'send']]) body.append(name!, value!)
  const res = await app().request('/bijdragen', { method: 'POST', body })
  return { res, html: await res.text() }
}
const decode = (html: string) => html.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')

describe('sending a case to the editors', () => {
  it('files the checked file as an issue and links to it', async () => {
    const { res, html } = await send(validFormValues())

    expect(res.status).toBe(200)
    expect(github.requests).toHaveLength(1)
    const { body, path } = github.requests[0]!
    expect(path).toBe('/repos/tussenruimte/tussenruimte/issues')
    expect(body.title).toBe('Nieuwe casus: Buurthuis De Kern en de gemeente')
    expect(body.labels).toEqual(['nieuwe-casus', 'via-site'])
    const file = /```markdown\n([\s\S]*?)\n```/.exec(body.body!)![1]!
    expect(corpusChecker(FIXTURE_CORPUS)('content/cases/buurthuis-de-kern-en-de-gemeente.md', file)).toEqual([])
    expect(html).toContain('<h2 id="verstuurd-heading" tabindex="-1">Verstuurd naar de redactie</h2>')
    expect(html).toContain('href="https://github.com/tussenruimte/tussenruimte/issues/42">Volg uw bijdrage: issue #42</a>')
  })

  it('sends a draft without a rule with a note for the editors', async () => {
    await send({ ...validFormValues(), rules: [], rules_unknown: 'yes', workarounds: [], workarounds_unknown: 'yes' })

    const body = github.requests[0]!.body.body!
    expect(body).toContain('de inzender wist niet welke regel speelde')
    expect(body).toContain('De inzender wist niet of er een oplossing is gebruikt.')
    expect(body).toContain('rules: []')
  })

  it('keeps the text and offers e-mail when GitHub is down', async () => {
    github.mode = 'down'
    const { res, html } = await send(validFormValues())

    expect(res.status).toBe(200)
    expect(html).toContain('Versturen lukte nu niet')
    // The test deps configure redactie@example.org (test/helpers/create-test-app.ts).
    expect(html).toMatch(/id="mail-link" href="mailto:redactie@example.org\?subject=Nieuwe%20casus/)
    expect(decode(html)).toContain('De stichting wilde het **openhouden**.')
  })

  it('files nothing when the trap field is filled', async () => {
    const { res, html } = await send(validFormValues(), [['website', 'https://spam.example']])

    expect(res.status).toBe(400)
    expect(github.requests).toHaveLength(0)
    expect(html).toContain('Uw bijdrage is niet verstuurd')
  })

  it('does not send a case with a problem: back to its step instead', async () => {
    const { res, html } = await send({ ...validFormValues(), place: '' })

    expect(res.status).toBe(400)
    expect(github.requests).toHaveLength(0)
    expect(html).toContain('Stap 2 van 5')
  })
})
