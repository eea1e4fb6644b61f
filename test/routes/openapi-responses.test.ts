/**
 * Every response of the API validates against the document it publishes at
 * /api/v1/openapi.json (JSON Schema 2020-12, as OpenAPI 3.1 uses): each endpoint with its
 * success, bad-request and not-found answers. A field the API sends but the document does not
 * describe, or a described field it does not send, fails here.
 */
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { beforeAll, describe, expect, it } from 'vitest'
import { listedKinds, listingOf } from '../../src/content/kinds.ts'
import { createTestApp } from '../helpers/create-test-app.ts'

type App = Awaited<ReturnType<typeof createTestApp>>
type Operation = { responses: Record<string, { content?: Record<string, { schema: unknown }> }> }

let app: App
let doc: { paths: Record<string, Record<string, Operation>>; components: unknown }
const ajv = new Ajv2020({ strict: false, allErrors: true })
addFormats.default(ajv)

/** The document's refs (#/components/…) made absolute, so response schemas can be compiled alone. */
const absolute = (schema: unknown): unknown => JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"openapi#/components/'))

async function validate(path: string, template: string, method = 'get', init?: RequestInit) {
  const res = await app.request(path, init)
  const operation = doc.paths[template]?.[method]
  expect(operation, `${method} ${template} is in the document`).toBeDefined()
  const response = operation!.responses[String(res.status)]
  expect(response, `${method} ${template} documents status ${res.status}`).toBeDefined()
  const type = (res.headers.get('content-type') ?? '').split(';')[0]!
  const schema = response!.content?.[type]?.schema
  expect(schema, `${method} ${template} ${res.status} documents ${type}`).toBeDefined()
  const check = ajv.compile(absolute(schema) as object)
  const body = await res.json()
  expect(check(body) ? [] : check.errors, `${method} ${path} → ${res.status}`).toEqual([])
  return body
}

describe('the API answers as its OpenAPI document says', () => {
  beforeAll(async () => {
    app = await createTestApp()
    doc = await (await app.request('/api/v1/openapi.json')).json()
    ajv.addSchema({ $id: 'openapi', components: absolute(doc.components) })
  })

  it('search: results, facets and a bad parameter', async () => {
    await validate('/api/v1/search?q=didam', '/search')
    await validate('/api/v1/search?q=subsidie&domain=energy&limit=5', '/search')
    await validate('/api/v1/search?limit=0&domain=ruimtevaart', '/search')
  })

  it.each(listedKinds.map((kind) => [kind]))('%s: the list, a filtered list, every item, a bad filter and an unknown slug', async (kind) => {
    const api = listingOf(kind).api
    const list = (await validate(`/api/v1/${api}`, `/${api}`)) as { items: { slug: string }[] }
    expect(list.items.length).toBeGreaterThan(0)
    const facet = listingOf(kind).facets[0]
    if (facet) await validate(`/api/v1/${api}?${facet}=onbekend`, `/${api}`)
    for (const item of list.items) await validate(`/api/v1/${api}/${item.slug}`, `/${api}/{slug}`)
    await validate(`/api/v1/${api}/bestaat-niet`, `/${api}/{slug}`)
  })
})
