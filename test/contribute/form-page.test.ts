/**
 * The form without JavaScript: a round trip through the page route, as a browser with
 * scripting off would make it.
 */
import { beforeEach, describe, expect, it } from 'vitest'
import { MAX_CONTRIBUTION_BYTES } from '../../src/routes/contribute-shared.ts'
import { createTestApp, FIXTURE_CORPUS } from '../helpers/create-test-app.ts'
import { corpusChecker, validFormValues } from './helpers.ts'

const check = corpusChecker(FIXTURE_CORPUS)
let app: Awaited<ReturnType<typeof createTestApp>>
beforeEach(async () => {
  app = await createTestApp()
})

/** A form body as a browser encodes it: one pair per value, checkboxes repeated. */
function formBody(values: Record<string, string | string[]>, extra: [string, string][] = []): URLSearchParams {
  const body = new URLSearchParams()
  for (const [name, value] of Object.entries(values)) for (const v of Array.isArray(value) ? value : [value]) body.append(name, v)
  for (const [name, value] of extra) body.append(name, value)
  return body
}
const submit = async (values: Record<string, string | string[]>, extra: [string, string][] = [], path = '/bijdragen') => {
  const res = await app.request(path, { method: 'POST', body: formBody(values, extra) })
  return { res, html: await res.text() }
}
const decode = (html: string) => html.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')
const ids = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]))

describe('the contribution form without JavaScript', () => {
  it('shows a form in which every control has a label or a legend', async () => {
    const res = await app.request('/bijdragen')
    const html = await res.text()
    const start = html.indexOf('<form class="contribute-form"')
    const form = html.slice(start, html.indexOf('</form>', start))

    expect(res.status).toBe(200)
    expect(form).toMatch(/method="post" action="\/bijdragen#uitkomst"/)
    const controls = [...form.matchAll(/<(input|select|textarea)\b[^>]*\bid="([^"]+)"/g)].map((m) => m[2]!)
    expect(controls.length).toBeGreaterThan(40)
    for (const id of controls) expect(form, id).toContain(`for="${id}"`)
    // Groups of choices are fieldsets with a legend.
    expect((form.match(/<fieldset/g) ?? []).length).toBe((form.match(/<legend/g) ?? []).length)
    expect(form).toContain('<legend class="field__label">Domeinen</legend>')
    // The rules and workarounds to choose from are the corpus's.
    expect(form).toContain('value="didam-arrest"')
    expect(form).toContain('value="enige-serieuze-gegadigde"')
    expect(html).toContain('<script type="module" src="/assets/search.test.js">')
  })

  it('renders every problem with a summary that links to the fields, and keeps every value', async () => {
    const values = { ...validFormValues(), title: '', 'period.start': 'twintig', 'references.1.id': 'javascript:alert(1)', consent: '' }
    const { res, html } = await submit(values)

    expect(res.status).toBe(400)
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(html).toMatch(/<title>Fout: /)
    const summary = html.slice(html.indexOf('class="error-summary"'), html.indexOf('</ul>', html.indexOf('class="error-summary"')))
    const links = [...summary.matchAll(/<a href="#([^"]+)">([^<]+)<\/a>/g)].map((m) => [m[1], m[2]])
    expect(links).toEqual([
      ['f-title', 'Vul de titel van de casus in'],
      ['f-period-start', 'Vul het beginjaar in als jaartal, zoals 2021'],
      ['f-references-1-id', 'Vul bij bron 2 een webadres in dat begint met https://'],
      ['f-consent', 'Bevestig dat uw bijdrage aan de spelregels voldoet'],
    ])
    // Every link has its control, and the message sits next to it.
    const present = ids(html)
    for (const [id] of links) expect(present.has(id!), id).toBe(true)
    expect(html).toMatch(/<p id="f-title-error" class="field__error"><span class="visually-hidden">Fout: <\/span>Vul de titel van de casus in<\/p><input type="text" id="f-title" name="title" value(?:="")? [^>]*aria-describedby="f-title-hint f-title-error" aria-invalid="true"/)
    // Nothing typed is lost: text, textarea, select, radios and checkboxes come back as they were.
    expect(html).toContain('value="twintig"')
    expect(html).toContain('value="javascript:alert(1)"')
    expect(html).toContain('value="Stichting Buurthuis De Kern"')
    expect(html).toMatch(/<textarea id="f-public_bodies" name="public_bodies"[^>]*>Gemeente Het Hogeland\n\nProvincie Groningen\n<\/textarea>/)
    expect(html).toMatch(/<option value="Groningen" selected/)
    expect(html).toMatch(/id="f-initiative-legal_form" name="initiative.legal_form" value="stichting" checked/)
    expect(html).toMatch(/name="domains" value="public-space" checked/)
    expect(html).toMatch(/name="domains" value="culture" checked/)
    expect(html).not.toMatch(/name="domains" value="energy" checked/)
    expect(html).toMatch(/name="rules" value="didam-arrest" checked/)
    expect(decode(html)).toContain('De stichting wilde het **openhouden**.')
  })

  it('escapes everything it echoes', async () => {
    const { html } = await submit({ ...validFormValues(), title: '"><script>alert(1)</script>', 'sections.happened': '</textarea><script>alert(2)</script>', 'initiative.name': '<img src=x onerror=alert(3)>' })

    expect(html).not.toMatch(/<script>alert/)
    expect(html).not.toMatch(/<img src=x/)
    expect(html).toContain('value="&quot;>&lt;script>alert(1)&lt;/script>"')
    expect(html).toContain('&lt;/textarea>&lt;script>alert(2)&lt;/script></textarea>')
    // The island's data is JSON that cannot end its script element.
    const open = '<script type="application/json" id="contribute-props">'
    const data = html.slice(html.indexOf(open) + open.length, html.indexOf('</script>', html.indexOf(open)))
    expect(data).not.toContain('<')
    expect(JSON.parse(data)).toMatchObject({ values: { title: '"><script>alert(1)</script>' } })
    expect(data).toContain('\\u003cscript\\u003ealert(1)')
  })

  it('renders the finished file with a preview and every way to submit it', async () => {
    const { res, html } = await submit(validFormValues())

    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(html).toContain('<h2 id="resultaat-heading" tabindex="-1">Uw bestand is klaar</h2>')
    // The file, in a read-only text area: exactly what npm run check will read.
    const file = decode(/<textarea id="contribute-file"[^>]*>([\s\S]*?)<\/textarea>/.exec(html)![1]!)
    expect(check('content/cases/buurthuis-de-kern-en-de-gemeente.md', file)).toEqual([])
    // A pull request: the host's new-file page with the path and the same content.
    const pr = new URL(decode(/<a class="button-link" href="([^"]+)">Pull request openen op GitHub<\/a>/.exec(html)![1]!))
    expect(pr.origin + pr.pathname).toBe('https://example.org/tussenruimte/new/main')
    expect(pr.searchParams.get('filename')).toBe('content/cases/buurthuis-de-kern-en-de-gemeente.md')
    expect(pr.searchParams.get('value')).toBe(file)
    // An issue for people new to pull requests, prefilled into the issue form's "bestand" field.
    const issue = new URL(decode(/<a class="button-link button-link--secondary" href="([^"]+)">Als issue indienen<\/a>/.exec(html)![1]!))
    expect(issue.pathname).toBe('/tussenruimte/issues/new')
    expect(issue.searchParams.get('template')).toBe('nieuwe-casus.yml')
    expect(issue.searchParams.get('title')).toBe('Nieuwe casus: Buurthuis De Kern en de gemeente')
    expect(issue.searchParams.get('bestand')).toBe(file)
    // A download that needs no server.
    const download = /<a class="button-link button-link--secondary" href="(data:text\/markdown;charset=utf-8,[^"]+)" download="buurthuis-de-kern-en-de-gemeente.md">/.exec(html)
    expect(decodeURIComponent(download![1]!.split(',')[1]!)).toBe(file)
    // The preview shows the case as text.
    expect(html).toContain('<p class="contribute-preview__title">Buurthuis De Kern en de gemeente</p>')
    expect(html).toContain('<dd>Het Hogeland (Groningen)</dd>')
    // And the form stays below, filled in, to change something.
    expect(html).toContain('<h2 id="formulier">Iets aanpassen?</h2>')
    expect(html).toContain('value="Buurthuis De Kern en de gemeente"')
  })

  it('adds a source row without checking anything yet', async () => {
    const { res, html } = await submit({ title: 'Half af' }, [['action', 'add-reference']])

    expect(res.status).toBe(200)
    expect(html).not.toContain('class="error-summary"')
    expect(html).toContain('<legend>Bron 3</legend>')
    expect(html).toContain('id="f-references-2-type"')
    expect(html).toContain('value="Half af"')
    // The button sends the browser to the row it adds: now the fourth.
    expect(html).toContain('formaction="/bijdragen#f-references-3-type"')
  })

  it('works in English at /en/contribute', async () => {
    const get = await app.request('/en/contribute')
    const { html } = await submit({ ...validFormValues(), place: '' }, [], '/en/contribute')

    expect(get.status).toBe(200)
    expect(await get.text()).toContain('action="/en/contribute#uitkomst"')
    expect(html).toContain('<a href="#f-place">Enter the municipality where it happened</a>')
  })

  it('refuses an oversized form with 413 and a message', async () => {
    const { res, html } = await submit({ ...validFormValues(), 'sections.happened': 'x'.repeat(MAX_CONTRIBUTION_BYTES) })

    expect(res.status).toBe(413)
    expect(html).toContain('Uw bijdrage is te groot om te controleren.')
  })
})
