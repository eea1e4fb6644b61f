/** The Regelscan in the API: list, questions, result, and problems that name the question. */
import { beforeAll, describe, expect, it } from 'vitest'
import { createScanTestApp, ONE_CANDIDATE } from './helpers.ts'

let app: Awaited<ReturnType<typeof createScanTestApp>>
beforeAll(async () => {
  app = await createScanTestApp()
}, 60_000)

const json = async (path: string) => {
  const res = await app.request(path)
  return { res, body: (await res.json()) as Record<string, any> }
}

describe('GET /api/v1/scans', () => {
  it('lists every scan with its links', async () => {
    const { res, body } = await json('/api/v1/scans')
    expect(res.status).toBe(200)
    expect(res.headers.get('API-Version')).toBeTruthy()
    expect(body.total).toBe(body.items.length)
    const scan = body.items.find((i: { slug: string }) => i.slug === 'grond-of-gebouw')
    expect(scan).toMatchObject({ url: '/regelscan/grond-of-gebouw', apiUrl: '/api/v1/scans/grond-of-gebouw', resultUrl: '/api/v1/scans/grond-of-gebouw/result' })
    expect(scan.rules).toContain('didam-arrest')
  })

  it('gives one scan with its questions and options, and 404 for an unknown one', async () => {
    const { res, body } = await json('/api/v1/scans/grond-of-gebouw')
    expect(res.status).toBe(200)
    expect(body.questions[0]).toMatchObject({ id: 'vorm', type: 'single', showIf: null })
    expect(body.questions[0].options.map((o: { id: string }) => o.id)).toContain('weet-niet')
    expect(body.questions.find((q: { id: string }) => q.id === 'activiteit').showIf).toBe('vorm != toestemming')

    const missing = await app.request('/api/v1/scans/bestaat-niet')
    expect(missing.status).toBe(404)
    expect(missing.headers.get('content-type')).toContain('application/problem+json')
  })
})

describe('GET /api/v1/scans/{slug}/result', () => {
  it('returns rules, workarounds, cases, trace and open questions, each item with its slug', async () => {
    const { res, body } = await json(`/api/v1/scans/grond-of-gebouw/result?${ONE_CANDIDATE}`)
    expect(res.status).toBe(200)
    expect(Object.keys(body)).toEqual(expect.arrayContaining(['rules', 'workarounds', 'cases', 'trace', 'open_questions']))
    expect(body.complete).toBe(true)
    const didam = body.rules.find((r: { slug: string }) => r.slug === 'didam-arrest')
    expect(didam).toMatchObject({ status: 'geldt', url: '/regels/didam-arrest' })
    expect(didam.trace).toContainEqual(expect.objectContaining({ question: 'gegadigden', answer: 'een-objectief' }))
    const route = body.workarounds.find((w: { slug: string }) => w.slug === 'enige-serieuze-gegadigde')
    expect(route.certainty).toBe('tested-in-court')
    expect(route.conditions.length).toBeGreaterThan(0)
    for (const list of [body.rules, body.workarounds, body.cases]) for (const item of list) expect(item.slug).toMatch(/^[a-z0-9-]+$/)
    expect(body.trace).toHaveLength(8)
  })

  it('says what is still missing when answers are incomplete', async () => {
    const { res, body } = await json('/api/v1/scans/grond-of-gebouw/result?vorm=verhuren')
    expect(res.status).toBe(200)
    expect(body).toMatchObject({ complete: false, next_question: 'activiteit' })
  })

  it('takes a multi question as repeated keys or comma-separated', async () => {
    const a = await json('/api/v1/scans/samen-energie/result?project=dak-zon&project=delen')
    const b = await json('/api/v1/scans/samen-energie/result?project=dak-zon,delen')
    expect(a.res.status).toBe(200)
    expect(b.body.trace).toEqual(a.body.trace)
    expect(a.body.trace.filter((t: { question: string }) => t.question === 'project')).toHaveLength(2)
  })

  it('answers a wrong answer with a 400 problem that names the question', async () => {
    const res = await app.request('/api/v1/scans/grond-of-gebouw/result?vorm=kopen&onzin=1')
    expect(res.status).toBe(400)
    expect(res.headers.get('content-type')).toContain('application/problem+json')
    const body = (await res.json()) as { detail: string; 'invalid-params': { name: string; reason: string }[] }
    expect(body['invalid-params'].map((p) => p.name).sort()).toEqual(['onzin', 'vorm'])
    expect(body['invalid-params'].find((p) => p.name === 'vorm')!.reason).toContain('"kopen" is geen antwoord op vraag "vorm"')
    expect(body.detail).toContain('vorm')
    expect((await app.request('/api/v1/scans/bestaat-niet/result?vorm=verhuren')).status).toBe(404)
  })

  it('is described in the OpenAPI document', async () => {
    const { body } = await json('/api/v1/openapi.json')
    expect(Object.keys(body.paths)).toEqual(expect.arrayContaining(['/scans', '/scans/{slug}', '/scans/{slug}/result']))
    expect(body.paths['/scans/{slug}/result'].get.responses[400]).toBeTruthy()
    expect(body.components.schemas.ScanResult.properties.open_questions).toBeTruthy()
  })
})
