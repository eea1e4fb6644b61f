/**
 * The case form without JavaScript: five steps, each a POST through the page route as a browser
 * with scripting off would make it — the other steps' answers travel in hidden fields.
 */
import { beforeEach, describe, expect, it } from 'vitest'
import { stepOf } from '../../src/contribute/steps.ts'
import { MAX_CONTRIBUTION_BYTES } from '../../src/routes/contribute-shared.ts'
import { createTestApp, FIXTURE_CORPUS } from '../helpers/create-test-app.ts'
import { corpusChecker, validFormValues } from './helpers.ts'

const check = corpusChecker(FIXTURE_CORPUS)
let app: Awaited<ReturnType<typeof createTestApp>>
beforeEach(async () => {
  app = await createTestApp()
})

type Values = Record<string, string | string[]>
/** A form body as a browser encodes it: one pair per value, checkboxes repeated. */
export function formBody(values: Values, extra: [string, string][] = []): URLSearchParams {
  const body = new URLSearchParams()
  for (const [name, value] of Object.entries(values)) for (const v of Array.isArray(value) ? value : [value]) body.append(name, v)
  for (const [name, value] of extra) body.append(name, value)
  return body
}
const submit = async (values: Values, extra: [string, string][] = [], path = '/bijdragen') => {
  const res = await app.request(path, { method: 'POST', body: formBody(values, extra) })
  return { res, html: await res.text() }
}
export const decode = (html: string) => html.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')
/** The page as people see it: without the island's JSON (which holds every text of the form). */
const visible = (html: string) => html.replace(/<script type="application\/json"[\s\S]*?<\/script>/, '')
const ids = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]))
const formOf = (html: string) => {
  const start = html.indexOf('<form class="contribute-form"')
  return html.slice(start, html.indexOf('</form>', start))
}
/** The hidden fields of the step form: what the browser sends along with the visible ones. */
export const hiddenOf = (form: string): [string, string][] => [...form.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"\/>/g)].map((m) => [m[1]!, decode(m[2]!)])
const summaryLinks = (html: string) => {
  const summary = html.slice(html.indexOf('class="error-summary"'), html.indexOf('</ul>', html.indexOf('class="error-summary"')))
  return [...summary.matchAll(/<a href="#([^"]+)">([^<]+)<\/a>/g)].map((m) => [m[1], decode(m[2]!)])
}
/** Fills in the controls of the step the page shows (from `values`) and presses a button. */
async function answerStep(html: string, values: Values, action: string) {
  const hidden = hiddenOf(formOf(html))
  const step = Number(hidden.find(([name]) => name === 'step')![1])
  const own = Object.fromEntries(Object.entries(values).filter(([name]) => stepOf(name) === step && (step !== 4 || name.startsWith('references.'))))
  return submit(own, [...hidden, ['action', action]])
}

describe('the case form without JavaScript', () => {
  it('opens with step 1 of 5, the story, with a label for every control and no git or pull requests', async () => {
    const res = await app.request('/bijdragen')
    const html = await res.text()
    const form = formOf(html)

    expect(res.status).toBe(200)
    expect(form).toMatch(/method="post" action="\/bijdragen#uitkomst"/)
    expect(html).toContain('<span class="contribute-steps__caption">Stap 1 van 5</span> Het verhaal')
    expect(html).toContain('<li aria-current="step">Het verhaal</li>')
    const controls = [...form.matchAll(/<(input|select|textarea)\b[^>]*\bid="([^"]+)"/g)].map((m) => m[2]!)
    expect(controls).toEqual(['f-title', 'f-summary', 'f-sections-happened', 'f-sections-friction', 'f-sections-resolution', 'f-sections-lessons'])
    for (const id of controls) expect(form, id).toContain(`for="${id}"`)
    expect(html).toContain('<a href="/bijdragen/tip">Weinig tijd? Stuur een tip in vijf vragen.</a>')
    expect(visible(html).toLowerCase()).not.toMatch(/pull request|npm run check|\bgit\b/)
    expect(html).toContain('<script type="module" src="/assets/search.test.js">')
  })

  it('goes through every step to a file that npm run check accepts, and sends it to the editors', async () => {
    const values = validFormValues()
    const { consent: _, ...withoutConsent } = values
    const headings: string[] = []
    let html = await (await app.request('/bijdragen')).text()
    for (let step = 1; step <= 4; step++) {
      headings.push(/<span class="contribute-steps__caption">([^<]+)<\/span> ([^<]+)<\/h2>/.exec(html)!.slice(1).join(' '))
      const next = await answerStep(html, withoutConsent, 'next')
      expect(next.res.status, `step ${step}`).toBe(200)
      html = next.html
    }
    expect(headings).toEqual(['Stap 1 van 5 Het verhaal', 'Stap 2 van 5 Wie en waar', 'Stap 3 van 5 Regels en oplossingen', 'Stap 4 van 5 Bronnen'])

    // Check your answers: every answer, and a "change" button per step.
    expect(html).toContain('Stap 5 van 5</span> Controleer uw antwoorden')
    for (const text of ['Buurthuis De Kern en de gemeente', 'Het Hogeland, Groningen', '2021–2023', 'Didam-arrest', 'Enige serieuze gegadigde', 'Hoge Raad 26 november 2021 (Didam) — Uitspraak (ECLI): ECLI:NL:HR:2021:1778']) expect(decode(html)).toContain(text)
    expect(html).toContain('name="action" value="goto-2">Wijzig<span class="visually-hidden"> wie en waar</span>')

    // Without consent the check stays on this page and says so.
    const refused = await submit({}, [...hiddenOf(formOf(html)), ['action', 'check']])
    expect(refused.res.status).toBe(400)
    expect(summaryLinks(refused.html)).toEqual([['f-consent', 'Bevestig dat uw bijdrage aan de spelregels voldoet']])

    const done = await submit({ consent: 'yes' }, [...hiddenOf(formOf(refused.html)), ['action', 'check']])
    expect(done.res.status).toBe(200)
    const file = decode(/<textarea id="contribute-file"[^>]*>([\s\S]*?)<\/textarea>/.exec(done.html)![1]!)
    expect(check('content/cases/buurthuis-de-kern-en-de-gemeente.md', file)).toEqual([])
    expect(file).toContain('public_bodies:\n  - "Gemeente Het Hogeland"\n  - "Provincie Groningen"')
    expect(file).toContain('De stichting wilde het **openhouden**.')

    // "Verstuur naar de redactie" posts every answer again; without a token it offers e-mail.
    const sendForm = done.html.slice(done.html.indexOf('<form method="post" action="/bijdragen#uitkomst" class="contribute-send">'))
    const sent = await submit({}, [...hiddenOf(sendForm.slice(0, sendForm.indexOf('</form>'))), ['website', ''], ['action', 'send']])
    expect(sent.res.status).toBe(200)
    expect(sent.html).toContain('Stuur uw bijdrage per e-mail')
    expect(decode(/<textarea id="relay-text"[^>]*>([\s\S]*?)<\/textarea>/.exec(sent.html)![1]!)).toContain(file.trim())
  })

  it('checks only the step it is on, keeps every value, and carries the others along', async () => {
    const values = { ...validFormValues(), title: '', 'sections.lessons': '' }
    const { res, html } = await submit({ ...values, step: '1', action: 'next' })

    expect(res.status).toBe(400)
    expect(html).toMatch(/<title>Fout: /)
    expect(summaryLinks(html)).toEqual([
      ['f-title', 'Vul de titel van de casus in'],
      ['f-sections-lessons', 'Beschrijf de lessen'],
    ])
    for (const [id] of summaryLinks(html)) expect(ids(html).has(id!), id).toBe(true)
    expect(html).toMatch(/<p id="f-title-error" class="field__error"><span class="visually-hidden">Fout: <\/span>Vul de titel van de casus in<\/p><input type="text" id="f-title" name="title" value(?:="")? [^>]*aria-describedby="f-title-hint f-title-error" aria-invalid="true"/)
    expect(decode(html)).toContain('De stichting wilde het **openhouden**.')
    // Answers of later steps come back as hidden fields, checkboxes one by one.
    const hidden = hiddenOf(formOf(html))
    expect(hidden).toContainEqual(['domains', 'public-space'])
    expect(hidden).toContainEqual(['domains', 'culture'])
    expect(hidden).toContainEqual(['public_bodies', 'Gemeente Het Hogeland\n\nProvincie Groningen\n'])
    expect(hidden).toContainEqual(['references.1.publisher', 'Dorpskrant'])
  })

  it('sends a whole form posted at once back to the first step with a problem', async () => {
    const { res, html } = await submit({ ...validFormValues(), 'period.start': 'twintig', 'references.1.id': 'javascript:alert(1)' })

    expect(res.status).toBe(400)
    expect(html).toContain('Stap 2 van 5')
    expect(summaryLinks(html)).toEqual([['f-period-start', 'Vul het beginjaar in als jaartal, zoals 2021']])
    expect(html).toContain('value="twintig"')
    expect(hiddenOf(formOf(html))).toContainEqual(['references.1.id', 'javascript:alert(1)'])
  })

  it('escapes everything it echoes, in fields and in hidden fields', async () => {
    const { html } = await submit({ ...validFormValues(), title: '"><script>alert(1)</script>', 'sections.happened': '</textarea><script>alert(2)</script>', 'initiative.name': '<img src=x onerror=alert(3)>' })

    expect(html).not.toMatch(/<script>alert/)
    expect(html).not.toMatch(/<img src=x/)
    expect(html).toContain('value="&quot;>&lt;script>alert(1)&lt;/script>"')
    expect(html).toContain('&lt;/textarea>&lt;script>alert(2)&lt;/script></textarea>')
    expect(html).toContain('<input type="hidden" name="initiative.name" value="&lt;img src=x onerror=alert(3)>"/>')
    const open = '<script type="application/json" id="contribute-props">'
    const data = html.slice(html.indexOf(open) + open.length, html.indexOf('</script>', html.indexOf(open)))
    expect(data).not.toContain('<')
    expect(JSON.parse(data)).toMatchObject({ values: { title: '"><script>alert(1)</script>' } })
  })

  it('shows the finished file with "Verstuur naar de redactie" first and GitHub tucked away', async () => {
    const { res, html } = await submit(validFormValues())

    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(html).toContain('<h2 id="resultaat-heading" tabindex="-1">Uw bestand is klaar</h2>')
    expect(html.indexOf('value="send">Verstuur naar de redactie')).toBeLessThan(html.indexOf('<details class="contribute-self"><summary>Zelf indienen met een GitHub-account</summary>'))
    const file = decode(/<textarea id="contribute-file"[^>]*>([\s\S]*?)<\/textarea>/.exec(html)![1]!)
    const pr = new URL(decode(/<a class="button-link button-link--secondary" href="([^"]+)">Pull request openen op GitHub<\/a>/.exec(html)![1]!))
    expect(pr.origin + pr.pathname).toBe('https://example.org/tussenruimte/new/main')
    expect(pr.searchParams.get('value')).toBe(file)
    const issue = new URL(decode(/<a class="button-link button-link--secondary" href="([^"]+)">Als issue indienen<\/a>/.exec(html)![1]!))
    expect(issue.searchParams.get('bestand')).toBe(file)
    const download = /href="(data:text\/markdown;charset=utf-8,[^"]+)" download="buurthuis-de-kern-en-de-gemeente.md">/.exec(html)
    expect(decodeURIComponent(download![1]!.split(',')[1]!)).toBe(file)
    expect(html).toContain('<h2 id="formulier">Iets aanpassen?</h2>')
  })

  it('accepts "weet ik niet" for the rule: a draft for the editors, not a file to submit yourself', async () => {
    const { res, html } = await submit({ ...validFormValues(), rules: [], rules_unknown: 'yes' })

    expect(res.status).toBe(200)
    expect(html).toContain('U wist niet welke regel speelde.')
    expect(html).toContain('value="send">Verstuur naar de redactie')
    expect(visible(html)).not.toContain('Pull request openen op GitHub')
    expect(decode(html)).toContain('rules: []')
  })

  it('adds a source row without checking anything yet', async () => {
    const { res, html } = await submit({ title: 'Half af', step: '4' }, [['action', 'add-reference']])

    expect(res.status).toBe(200)
    expect(html).not.toContain('class="error-summary"')
    expect(html).toContain('<legend>Bron 3</legend>')
    expect(html).toContain('<input type="hidden" name="title" value="Half af"/>')
    expect(html).toContain('formaction="/bijdragen#f-references-3-type"')
  })

  it('works in English at /en/contribute', async () => {
    const get = await app.request('/en/contribute')
    const { html } = await submit({ ...validFormValues(), place: '' }, [], '/en/contribute')

    expect(get.status).toBe(200)
    expect(await get.text()).toContain('Step 1 of 5</span> The story')
    expect(summaryLinks(html)).toEqual([['f-place', 'Enter the municipality where it happened']])
  })

  it('keeps an oversized form, names the field, and shows it on its step', async () => {
    const long = 'x'.repeat(MAX_CONTRIBUTION_BYTES)
    const { res, html } = await submit({ ...validFormValues(), step: '4', 'sections.happened': long })

    expect(res.status).toBe(413)
    expect(html).toContain('Uw bijdrage is te groot om te controleren.')
    expect(html).toContain(`Wat er gebeurde is veel te lang (${MAX_CONTRIBUTION_BYTES} tekens).`)
    expect(html).toContain('Stap 1 van 5')
    expect(html).toContain(`${long}</textarea>`)
  })
})
