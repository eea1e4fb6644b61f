/**
 * The Regelscan without JavaScript: list, start page, one question per page with the answers in
 * the address, the check page with "Wijzig", the result and the justification note.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { createScanTestApp, ONE_CANDIDATE } from './helpers.ts'

let app: Awaited<ReturnType<typeof createScanTestApp>>
beforeAll(async () => {
  app = await createScanTestApp()
}, 60_000)

const get = async (path: string) => {
  const res = await app.request(path)
  return { res, html: await res.text(), location: res.headers.get('location') }
}
const base = '/regelscan/grond-of-gebouw'
const OPTIONS = ['dak-zon', 'delen']

describe('Regelscan pages', () => {
  it('lists the scans with an intro, and each start page says what it does, that it is no legal advice, and starts', async () => {
    const list = await get('/regelscan')
    expect(list.res.status).toBe(200)
    expect(list.html).toMatch(/<h1[^>]*>Regelscans<\/h1>/)
    expect(list.html).toContain(`href="${base}"`)
    expect(list.html).toContain('hoogstens 9 vragen')

    const start = await get(base)
    expect(start.res.status).toBe(200)
    expect(start.html).toContain('Geen juridisch advies')
    expect(start.html).toContain('Wat deze scan doet')
    expect(start.html).toContain(`href="${base}/vraag"`)
    // The parameters of the introduction are filled in, never shown as {{…}}.
    expect(start.html).not.toContain('{{')
  })

  it('asks one question per page in a fieldset with its legend as heading, and carries earlier answers as hidden fields', async () => {
    const first = await get(`${base}/vraag`)
    expect(first.res.status).toBe(200)
    expect(first.html).toMatch(/<fieldset[^>]*>\s*<legend[^>]*>.*<h1[^>]*lang="nl"[^>]*>Hoe wil de overheid/s)
    expect(first.html.match(/type="radio"/g)?.length).toBe(9)
    expect(first.html).toContain('name="beantwoord" value="vorm"')
    expect(first.html).toMatch(/<form[^>]*method="get"[^>]*action="\/regelscan\/grond-of-gebouw\/vraag"/)

    const second = await get(`${base}/vraag?vorm=verhuren`)
    expect(second.html).toContain('Wat gaat het initiatief op deze plek doen?')
    expect(second.html).toContain('<input type="hidden" name="vorm" value="verhuren"')
    // The back link goes to the question before, with the answers kept.
    expect(second.html).toContain(`class="back-link" href="${base}/vraag?vorm=verhuren&amp;vraag=vorm"`)
  })

  it('goes on to a clean address after an answer, and shows an error summary when the answer is missing', async () => {
    const answered = await get(`${base}/vraag?vorm=verhuren&beantwoord=vorm`)
    expect(answered.res.status).toBe(303)
    expect(answered.location).toBe(`${base}/vraag?vorm=verhuren`)

    const missing = await get(`${base}/vraag?vorm=verhuren&beantwoord=activiteit`)
    expect(missing.res.status).toBe(400)
    expect(missing.html).toContain('class="error-summary"')
    expect(missing.html).toContain('Kies een antwoord om verder te gaan.')
    expect(missing.html).toContain('href="#q-activiteit-0"')
    expect(missing.html).toMatch(/<fieldset[^>]*aria-describedby="[^"]*q-activiteit-error/)
  })

  it('keeps a multi question as repeated keys and refuses "Weet ik niet" beside another answer on that question', async () => {
    const first = await get('/regelscan/samen-energie/vraag')
    expect(first.html).toContain('type="checkbox"')
    expect(first.html).toContain('Kies een of meer antwoorden.')

    const two = await get('/regelscan/samen-energie/vraag?project=PA&project=PB&beantwoord=project'.replace('PA', OPTIONS[0]!).replace('PB', OPTIONS[1]!))
    expect(two.res.status).toBe(303)
    expect(two.location).toBe(`/regelscan/samen-energie/vraag?project=${OPTIONS[0]}&project=${OPTIONS[1]}`)
    const back = await get(`${two.location}&vraag=project`)
    expect(back.html.match(/type="checkbox"[^>]*checked/g)?.length).toBe(2)

    const mixed = await get(`/regelscan/samen-energie/vraag?project=${OPTIONS[0]}&project=weet-niet&beantwoord=project`)
    expect(mixed.res.status).toBe(400)
    expect(mixed.html).toContain('Kies &quot;Weet ik niet&quot; alleen, of alleen andere antwoorden.')
    expect(mixed.html).toContain('Wat wil het initiatief doen?')
  })

  it('shows the check page with a "Wijzig" link per answer that opens that question with every answer kept', async () => {
    const check = await get(`${base}/controle?${ONE_CANDIDATE}`)
    expect(check.res.status).toBe(200)
    expect(check.html).toMatch(/<h1[^>]*>Controleer uw antwoorden<\/h1>/)
    const changes = check.html.match(/>Wijzig<span class="visually-hidden"/g) ?? []
    expect(changes.length).toBe(8)
    expect(check.html).toContain(`href="${base}/vraag?${ONE_CANDIDATE.replace(/&/g, '&amp;')}&amp;vraag=gegadigden"`)
    expect(check.html).toContain(`href="${base}/uitkomst?${ONE_CANDIDATE.replace(/&/g, '&amp;')}"`)

    const changed = await get(`${base}/vraag?${ONE_CANDIDATE}&vraag=gegadigden`)
    expect(changed.html).toMatch(/value="een-objectief"\s+checked/)
  })

  it('sends an unfinished scan from the check page or result back to the next question', async () => {
    const early = await get(`${base}/uitkomst?vorm=verhuren`)
    expect(early.res.status).toBe(303)
    expect(early.location).toBe(`${base}/vraag?vorm=verhuren`)
    const done = await get(`${base}/vraag?${ONE_CANDIDATE}`)
    expect(done.res.status).toBe(303)
    expect(done.location).toBe(`${base}/controle?${ONE_CANDIDATE}`)
  })

  it('drops answers to questions a changed answer hides', async () => {
    const res = await get(`${base}/vraag?vorm=toestemming&activiteit=ideeel&beantwoord=vorm`)
    expect(res.location).toBe(`${base}/controle?vorm=toestemming`)
  })

  it('answers a wrong answer in the address with a helpful 400 page naming the question', async () => {
    const bad = await get(`${base}/vraag?vorm=kopen`)
    expect(bad.res.status).toBe(400)
    expect(bad.html).toContain('Deze antwoorden kloppen niet')
    expect(bad.html).toContain('vorm: &quot;kopen&quot; is geen antwoord op vraag &quot;vorm&quot;')
    expect((await get('/regelscan/bestaat-niet/vraag')).res.status).toBe(404)
  })

  it('shows the result sorted by status, with demands, the room as a checklist, cases, and why each is there', async () => {
    const { res, html } = await get(`${base}/uitkomst?${ONE_CANDIDATE}`)
    expect(res.status).toBe(200)
    expect(html).toMatch(/<aside class="notice notice--warning scan-advice"[^>]*>\s*<h2[^>]*>Geen juridisch advies<\/h2>/)
    expect(html).toContain('href="/regels/didam-arrest"')
    expect(html).toContain('Wat de regel hier vraagt')
    expect(html).toContain('href="/oplossingen/enige-serieuze-gegadigde"')
    expect(html).toMatch(/<ul class="checklist" lang="nl">\s*<li>De criteria waarom maar één partij/)
    expect(html).toContain('Getoetst door de rechter')
    expect(html).toMatch(/<details class="scan-why"><summary>Waarom staat dit hier\?/)
    expect(html).toContain('Nee, om vaste en controleerbare redenen komt maar één partij in aanmerking')
    const statuses = [...html.matchAll(/badge--scan-(geldt|grijs|mogelijk|voldaan)/g)].map((m) => m[1])
    const order = ['geldt', 'grijs', 'mogelijk', 'voldaan']
    expect(statuses.length).toBeGreaterThan(0)
    expect([...statuses].sort((a, b) => order.indexOf(a!) - order.indexOf(b!))).toEqual(statuses)
    expect(html).toContain(`href="${base}/onderbouwing.docx?${ONE_CANDIDATE.replace(/&/g, '&amp;')}"`)
    expect(html).toContain(`href="${base}/onderbouwing.md?`)
  })

  it('shows the open questions that "Weet ik niet" left', async () => {
    const { html } = await get(`${base}/uitkomst?vorm=verhuren&activiteit=ideeel&landbouw=nee&gegadigden=weet-niet&procedure=weet-niet&beleid=weet-niet&prijs=marktconform&looptijd=kort`)
    expect(html).toContain('Open vragen')
    expect(html).toContain('Zijn er andere belangstellenden?')
  })

  it('serves the English interface under /en/rule-scan with the Dutch content marked lang="nl", and sends Dutch step names there', async () => {
    const en = await get(`/en/rule-scan/grond-of-gebouw/question?vorm=verhuren`)
    expect(en.res.status).toBe(200)
    expect(en.html).toContain('<html lang="en"')
    expect(en.html).toContain('Question 2')
    expect(en.html).toMatch(/<h1 class="scan-legend__heading" lang="nl"[^>]*>Wat gaat het initiatief/)
    const switched = await get('/en/rule-scan/grond-of-gebouw/uitkomst?vorm=verhuren')
    expect(switched.res.status).toBe(301)
    expect(switched.location).toBe('/en/rule-scan/grond-of-gebouw/result?vorm=verhuren')
    const result = await get(`/en/rule-scan/grond-of-gebouw/result?${ONE_CANDIDATE}`)
    expect(result.html).toContain('Not legal advice')
    expect(result.html).toContain('Why is this here?')
  })

  it('links every rule a scan can bring up to that scan', async () => {
    const { html } = await get('/regels/didam-arrest')
    expect(html).toContain('Regelscans die deze regel naar voren kunnen brengen')
    expect(html).toContain(`href="${base}"`)
    const none = await get('/regels/ubo-register-bankrekening')
    expect(none.res.status).toBe(200)
  })
})
