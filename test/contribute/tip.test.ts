/**
 * The tip page without an account: five questions, sent by the server as an issue to a fake
 * GitHub API on 127.0.0.1, or as a prefilled e-mail when there is no token or GitHub fails.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createApp } from '../../src/app.tsx'
import { configFrom, type Deps } from '../../src/env.ts'
import { createTestDeps } from '../helpers/create-test-app.ts'
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.ts'

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

const REPOSITORY = 'https://github.com/tussenruimte/tussenruimte'
/** An app with its own limiters (a fresh deps object), sending to the fake unless told otherwise. */
const appWith = (relay: Partial<Deps> = { issueRelay: { token: 'test-token', apiUrl: github.url, timeoutMs: 500 } }) =>
  createApp({ ...base, config: { ...base.config, repositoryUrl: REPOSITORY, editorialEmail: 'redactie@example.org' }, ...relay })

const tip = (extra: Record<string, string> = {}) =>
  new URLSearchParams({
    what: 'De gemeente wilde het dorpshuis verkopen, maar de stichting mocht niet meebieden.\n\nUiteindelijk lukte het met een openbare aankondiging.',
    where: 'Gemeente Het Hogeland',
    source: 'https://www.example.org/dorpskrant/dorpshuis',
    email: 'vrijwilliger@example.org',
    consent: 'yes',
    website: '',
    ...extra,
  })
const post = async (app: ReturnType<typeof appWith>, body: URLSearchParams, path = '/bijdragen/tip') => {
  const res = await app.request(path, { method: 'POST', body })
  return { res, html: await res.text() }
}
const decode = (html: string) => html.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')

describe('GET /bijdragen/tip', () => {
  it('asks five questions, each with a label, and a hidden trap field', async () => {
    const res = await appWith().request('/bijdragen/tip')
    const html = await res.text()
    const start = html.indexOf('<form class="contribute-form"')
    const form = html.slice(start, html.indexOf('</form>', start))

    expect(res.status).toBe(200)
    expect(form).toContain('method="post" action="/bijdragen/tip#uitkomst"')
    const names = [...new Set([...form.matchAll(/\sname="([^"]+)"/g)].map((m) => m[1]))]
    expect(names).toEqual(['what', 'where', 'source', 'email', 'consent', 'website'])
    for (const id of ['f-what', 'f-where', 'f-source', 'f-email', 'f-consent', 'f-website']) expect(form, id).toContain(`for="${id}"`)
    expect(form).toContain('type="email"')
    expect(html).toContain('<button type="submit">Verstuur naar de redactie</button>')
  })

  it('is in English at /en/contribute/tip', async () => {
    const html = await (await appWith().request('/en/contribute/tip')).text()

    expect(html).toContain('<h1>Send a tip</h1>')
    expect(html).toContain('action="/en/contribute/tip#uitkomst"')
  })
})

describe('POST /bijdragen/tip', () => {
  it('files the tip as an issue with the deployment token and returns the link to it', async () => {
    const { res, html } = await post(appWith(), tip())

    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(github.requests).toHaveLength(1)
    const [request] = github.requests
    expect(request!.method).toBe('POST')
    expect(request!.path).toBe('/repos/tussenruimte/tussenruimte/issues')
    expect(request!.headers.authorization).toBe('Bearer test-token')
    expect(request!.headers.accept).toBe('application/vnd.github+json')
    expect(request!.body.title).toBe('Tip: Gemeente Het Hogeland')
    expect(request!.body.labels).toEqual(['tip', 'via-site'])
    // The story verbatim, fenced so that GitHub renders nothing of it; the e-mail address stays out of the public issue.
    expect(request!.body.body).toContain('```text\nDe gemeente wilde het dorpshuis verkopen, maar de stichting mocht niet meebieden.\n\nUiteindelijk lukte het met een openbare aankondiging.\n```')
    expect(request!.body.body).toContain('```text\nhttps://www.example.org/dorpskrant/dorpshuis\n```')
    expect(request!.body.body).not.toContain('vrijwilliger@example.org')
    // The page links to the issue and offers to send the address privately.
    expect(html).toContain('<a class="button-link" id="issue-link" href="https://github.com/tussenruimte/tussenruimte/issues/42">Volg uw bijdrage: issue #42</a>')
    const contact = /href="(mailto:[^"]+)">Mijn e-mailadres aan de redactie sturen/.exec(html)![1]!
    expect(decodeURIComponent(decode(contact))).toContain('vrijwilliger@example.org')
    expect(decode(contact)).toMatch(/^mailto:redactie@example\.org\?subject=/)
  })

  it('without a token offers a prefilled e-mail to the editorial address, and files nothing', async () => {
    const { res, html } = await post(appWith({ issueRelay: undefined }), tip())

    expect(res.status).toBe(200)
    expect(github.requests).toHaveLength(0)
    expect(html).toContain('Stuur uw bijdrage per e-mail')
    const mailto = new URL(decode(/<a class="button-link" id="mail-link" href="([^"]+)"/.exec(html)![1]!))
    expect(mailto.protocol).toBe('mailto:')
    expect(mailto.pathname).toBe('redactie@example.org')
    const params = new URLSearchParams(mailto.search)
    expect(params.get('subject')).toBe('Tip: Gemeente Het Hogeland')
    expect(params.get('body')).toContain('De gemeente wilde het dorpshuis verkopen')
    // The text is on the page too, to copy.
    expect(decode(/<textarea id="relay-text"[^>]*>([\s\S]*?)<\/textarea>/.exec(html)![1]!)).toContain('Uiteindelijk lukte het met een openbare aankondiging.')
  })

  it('uses the default editorial address when none is configured', async () => {
    const app = createApp({ ...base, config: { ...base.config, repositoryUrl: REPOSITORY, editorialEmail: configFrom({}).editorialEmail } })
    const { html } = await post(app, tip())

    expect(html).toContain('href="mailto:redactie@tussenruimte.nl?subject=')
  })

  for (const [mode, what] of [
    ['down', 'GitHub answers 503'],
    ['unauthorized', 'the token is refused (401)'],
    ['hang', 'GitHub does not answer in time'],
  ] as const) {
    it(`keeps the text and offers e-mail when ${what}`, async () => {
      github.mode = mode
      const { res, html } = await post(appWith(), tip())

      expect(res.status).toBe(200)
      expect(github.requests).toHaveLength(1)
      expect(html).toContain('Versturen lukte nu niet')
      expect(html).toMatch(/id="mail-link" href="mailto:redactie@example.org\?subject=/)
      // Nothing typed is lost: in the e-mail text and in the form below it.
      expect(decode(html)).toContain('Uiteindelijk lukte het met een openbare aankondiging.</textarea>')
      expect(html).toContain('value="Gemeente Het Hogeland"')
      expect(html).not.toContain('issue-link')
    })
  }

  it('files nothing when the trap field is filled, and keeps the values', async () => {
    const { res, html } = await post(appWith(), tip({ website: 'https://spam.example' }))

    expect(res.status).toBe(400)
    expect(github.requests).toHaveLength(0)
    expect(html).toContain('Uw bijdrage is niet verstuurd')
    expect(html).toContain('value="Gemeente Het Hogeland"')
  })

  it('lists every problem, with the same text rules as the case form, and sends nothing', async () => {
    const { res, html } = await post(appWith(), tip({ what: 'Zie <b>dit</b>', where: '', source: 'http://www.example.org', email: 'geen-adres', consent: '' }))

    expect(res.status).toBe(400)
    expect(github.requests).toHaveLength(0)
    const links = [...html.matchAll(/<a href="#(f-[a-z]+)">([^<]+)<\/a>/g)].map((m) => [m[1], decode(m[2]!)])
    expect(links).toEqual([
      ['f-what', 'Wat gebeurde er? bevat HTML-code zoals <b> of <script>. Schrijf gewone tekst.'],
      ['f-where', 'Vul in waar het was'],
      ['f-source', 'Waar staat het? bevat een link of webadres dat niet met https:// begint. Gebruik alleen links die met https:// beginnen.'],
      ['f-email', 'Vul een e-mailadres in zoals naam@voorbeeld.nl, of laat het veld leeg'],
      ['f-consent', 'Bevestig dat uw tip aan de spelregels voldoet'],
    ])
    expect(html).toMatch(/<title>Fout: /)
    expect(html).toContain('value="geen-adres"')
  })

  it('keeps a story that is too long and says which field it is', async () => {
    const story = 'Het dorpshuis. '.repeat(600)
    const { res, html } = await post(appWith(), tip({ what: story }))

    expect(res.status).toBe(400)
    expect(github.requests).toHaveLength(0)
    expect(html).toContain(`<a href="#f-what">Wat gebeurde er? mag hoogstens 8000 tekens hebben; nu zijn het er ${story.trim().length}</a>`)
    expect(html).toContain(`${story}</textarea>`)
  })

  it('counts sending against a limit per client', async () => {
    const app = appWith()
    const statuses: number[] = []
    for (let i = 0; i < 6; i++) statuses.push((await post(app, tip())).res.status)

    expect(statuses).toEqual([200, 200, 200, 200, 200, 429])
    expect(github.requests).toHaveLength(5)
  })
})
