import { beforeAll, describe, expect, it } from 'vitest'
import { createTestApp } from '../helpers/create-test-app.ts'

let app: Awaited<ReturnType<typeof createTestApp>>
beforeAll(async () => {
  app = await createTestApp()
})

const json = async (path: string) => {
  const res = await app.request(path)
  return { res, body: (await res.json()) as Record<string, any> }
}

describe('GET /api/v1/search', () => {
  it('lists the Didam rule first for "didam"', async () => {
    const { res, body } = await json('/api/v1/search?q=didam')

    expect(res.status).toBe(200)
    expect(body.results[0]).toMatchObject({ type: 'rule', slug: 'didam-arrest', url: '/regels/didam-arrest' })
    expect(body.total).toBe(body.results.length)
  })

  it('counts facet values and filters OR within a facet, AND across facets', async () => {
    const all = await json('/api/v1/search?q=')
    const cases = await json('/api/v1/search?type=case')
    const energyOrSpace = await json('/api/v1/search?domain=energy&domain=public-space')
    const both = await json('/api/v1/search?type=case&domain=energy')

    expect(all.body.total).toBe(7)
    expect(cases.body.results.every((r: any) => r.type === 'case')).toBe(true)
    expect(cases.body.facets.type).toEqual({ rule: 2, workaround: 2, case: 2, scan: 1 })
    expect(energyOrSpace.body.results.map((r: any) => r.slug).sort()).toEqual(
      ['de-minimis-verklaring', 'dorpshuis-voorbeeld', 'staatssteun-de-minimis', 'zonnedak-voorbeeld'].sort(),
    )
    expect(both.body.results.map((r: any) => r.slug)).toEqual(['zonnedak-voorbeeld'])
  })

  it('marks query terms in an escaped snippet', async () => {
    const { body } = await json('/api/v1/search?q=gelijke')

    const hit = body.results.find((r: any) => r.slug === 'dorpshuis-voorbeeld')
    expect(hit.snippet).toContain('<mark>gelijke</mark>')
  })

  it('answers a query of many words, still finding the one that matters', async () => {
    const q = ['didam', ...Array.from({ length: 40 }, (_, i) => `w${i}`)].join(' ')
    const { res, body } = await json(`/api/v1/search?q=${encodeURIComponent(q)}`)

    expect(q.length).toBeLessThanOrEqual(200)
    expect(res.status).toBe(200)
    expect(body.results.map((r: any) => r.slug)).toContain('didam-arrest')
  })

  it('puts entries citing an identifier first', async () => {
    const { body } = await json(`/api/v1/search?q=${encodeURIComponent('art. 3:4 Awb')}`)

    expect(body.results[0].slug).toBe('didam-arrest')
  })

  it('answers every bad parameter at once as a problem document', async () => {
    const { res, body } = await json('/api/v1/search?q=x&limit=-1&offset=abc&domain=enery&outcome=maybe')

    expect(res.status).toBe(400)
    expect(res.headers.get('content-type')).toContain('application/problem+json')
    expect(body.status).toBe(400)
    expect(body['invalid-params'].map((p: any) => p.name).sort()).toEqual(['domain', 'limit', 'offset', 'outcome'])
  })

  it('rejects a huge query string with 400, not 500', async () => {
    const { res, body } = await json(`/api/v1/search?q=${'a'.repeat(5000)}`)

    expect(res.status).toBe(400)
    expect(body['invalid-params'][0].name).toBe('q')
  })

  it('does not reflect markup from the query unescaped', async () => {
    const res = await app.request(`/zoeken?q=${encodeURIComponent('<script>alert(1)</script>')}`)
    const html = await res.text()

    expect(res.status).toBe(200)
    expect(html).not.toContain('<script>alert(1)</script>')
    expect(html).toContain('&lt;script>alert(1)&lt;/script>')
  })
})

describe('GET /api/v1/rules', () => {
  it('lists rules with their fields in camelCase', async () => {
    const { res, body } = await json('/api/v1/rules')

    expect(res.status).toBe(200)
    expect(body.total).toBe(2)
    expect(body.items[0]).toMatchObject({ slug: 'didam-arrest', kind: 'ruling', lastReviewed: '2026-01-15', apiUrl: '/api/v1/rules/didam-arrest' })
  })

  it('filters by domain', async () => {
    const { body } = await json('/api/v1/rules?domain=energy')

    expect(body.items.map((i: any) => i.slug)).toEqual(['staatssteun-de-minimis'])
  })

  it('returns one rule with references as deep links and its linked entries', async () => {
    const { body } = await json('/api/v1/rules/didam-arrest')

    expect(body.references[0]).toMatchObject({ type: 'ecli', id: 'ECLI:NL:HR:2021:1778', url: 'https://uitspraken.rechtspraak.nl/details?id=ECLI:NL:HR:2021:1778' })
    expect(body.references[1].url).toBe('https://wetten.overheid.nl/jci1.3:c:BWBR0005537&artikel=3:4')
    expect(body.links.workarounds.map((l: any) => l.slug)).toEqual(['enige-serieuze-gegadigde'])
    expect(body.links.cases.map((l: any) => l.slug)).toEqual(['dorpshuis-voorbeeld'])
    expect(body.links.related.map((l: any) => l.slug)).toEqual(['staatssteun-de-minimis'])
    expect(body.bodyHtml).toContain('<h2 id="wat-de-regel-vraagt">')
  })

  it('answers 404 with a problem document for an unknown slug', async () => {
    const { res, body } = await json('/api/v1/rules/bestaat-niet')

    expect(res.status).toBe(404)
    expect(body).toMatchObject({ status: 404, title: 'Niet gevonden' })
  })

  it('answers 404 for a slug of another type', async () => {
    const { res } = await json('/api/v1/cases/didam-arrest')

    expect(res.status).toBe(404)
  })

  it('rejects a filter that the collection does not have', async () => {
    const { res, body } = await json('/api/v1/rules?outcome=worked')

    expect(res.status).toBe(400)
    expect(body['invalid-params'][0].name).toBe('outcome')
  })
})

describe('GET /api/v1/workarounds and /api/v1/cases', () => {
  it('returns a case with its rules and workarounds', async () => {
    const { body } = await json('/api/v1/cases/dorpshuis-voorbeeld')

    expect(body).toMatchObject({ outcome: 'worked', barrier: 'unused-room', place: 'Het Hogeland', initiative: { name: 'Stichting Dorpshuis', legalForm: 'stichting' } })
    expect(body.links.rules.map((l: any) => l.slug)).toEqual(['didam-arrest'])
    expect(body.links.workarounds.map((l: any) => l.slug)).toEqual(['enige-serieuze-gegadigde'])
  })

  it('returns a workaround with its rules and the cases that used it', async () => {
    const { body } = await json('/api/v1/workarounds/enige-serieuze-gegadigde')

    expect(body.certainty).toBe('tested-in-court')
    expect(body.links.rules.map((l: any) => l.slug)).toEqual(['didam-arrest'])
    expect(body.links.cases.map((l: any) => l.slug)).toEqual(['dorpshuis-voorbeeld'])
  })

  it('filters cases by outcome', async () => {
    const { body } = await json('/api/v1/cases?outcome=blocked')

    expect(body.items.map((i: any) => i.slug)).toEqual(['zonnedak-voorbeeld'])
  })

  it('pages with limit and offset', async () => {
    const { body } = await json('/api/v1/workarounds?limit=1&offset=1')

    expect(body).toMatchObject({ total: 2, limit: 1, offset: 1 })
    expect(body.items).toHaveLength(1)
  })
})

describe('API conventions', () => {
  it('sends API-Version and open CORS on every response, errors included', async () => {
    for (const path of ['/api/v1/rules', '/api/v1/rules/nope', '/api/v1/openapi.json', '/api/v1/unknown']) {
      const res = await app.request(path, { headers: { Origin: 'https://elders.example' } })
      expect(res.headers.get('API-Version'), path).toBe('1.0.0')
      expect(res.headers.get('Access-Control-Allow-Origin'), path).toBe('*')
    }
  })

  it('describes every schema property in Dutch in OpenAPI 3.1', async () => {
    const { body } = await json('/api/v1/openapi.json')

    expect(body.openapi).toBe('3.1.0')
    const missing: string[] = []
    for (const [name, schema] of Object.entries<any>(body.components.schemas)) {
      for (const [prop, def] of Object.entries<any>(schema.properties ?? {})) {
        if (!def.description && !def.$ref && !def.items?.$ref) missing.push(`${name}.${prop}`)
      }
    }
    expect(missing).toEqual([])
  })

  it('answers a trailing slash with 404, not a redirect (NL API Design Rules /core/no-trailing-slash)', async () => {
    const res = await app.request('/api/v1/rules/')

    expect(res.status).toBe(404)
    expect(res.headers.get('location')).toBeNull()
  })
})
