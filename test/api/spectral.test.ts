/**
 * The OpenAPI document that /api/v1/openapi.json serves, linted with Spectral: its OpenAPI
 * ruleset and our ruleset for the NL API Design Rules (test/api/nlgov-adr-ruleset.ts). No errors
 * allowed. Rules about responses rather than the document (API-Version on every answer, the
 * document open to every origin, 404 rather than a redirect for a trailing slash) are checked
 * against the running app.
 */
import { Document, Spectral, type ISpectralDiagnostic } from '@stoplight/spectral-core'
import * as Parsers from '@stoplight/spectral-parsers'
import { oas } from '@stoplight/spectral-rulesets'
import { beforeAll, describe, expect, it } from 'vitest'
import { createTestApp } from '../helpers/create-test-app.ts'
import { nlgovAdrRuleset } from './nlgov-adr-ruleset.ts'

let app: Awaited<ReturnType<typeof createTestApp>>
let results: ISpectralDiagnostic[]
beforeAll(async () => {
  app = await createTestApp()
  const text = await (await app.request('/api/v1/openapi.json')).text()
  const spectral = new Spectral()
  spectral.setRuleset({ extends: [[oas as never, 'recommended']], rules: (nlgovAdrRuleset as { rules: object }).rules } as never)
  results = await spectral.run(new Document(text, Parsers.Json, '/api/v1/openapi.json'))
})

const describeResult = (r: ISpectralDiagnostic) => `${r.code} at ${r.path.join('.')}: ${r.message}`

describe('Spectral on /api/v1/openapi.json', () => {
  it('reports no errors (OpenAPI ruleset and NL API Design Rules)', () => {
    expect(results.filter((r) => r.severity === 0).map(describeResult)).toEqual([])
  })

  it('reports no warnings either', () => {
    expect(results.filter((r) => r.severity === 1).map(describeResult)).toEqual([])
  })

  it('the NL API Design Rules ruleset does catch what it is for', async () => {
    const broken = {
      openapi: '3.1.0',
      info: { title: 'x', version: '2.0' },
      servers: [{ url: '/api/v1' }],
      paths: { '/regel/': { get: { responses: { 404: { description: 'x', content: { 'application/json': {} } } } } }, '/regel/{id}': { get: { parameters: [{ name: 'page_size', in: 'query' }], responses: {} } } },
      components: { schemas: { Problem: { type: 'object', properties: { title: {} } } } },
    }
    const spectral = new Spectral()
    spectral.setRuleset(nlgovAdrRuleset as never)
    const codes = new Set((await spectral.run(new Document(JSON.stringify(broken), Parsers.Json))).map((r) => String(r.code)))
    for (const code of ['nlgov:core/semver', 'nlgov:core/uri-version', 'nlgov:core/version-header', 'nlgov:core/no-trailing-slash', 'nlgov:core/naming-collections', 'nlgov:core/query-keys-camel-case', 'nlgov:core/error-handling/problem-details', 'nlgov:core/error-handling/problem-details-fields', 'nlgov:core/doc-openapi-contact']) {
      expect(codes, code).toContain(code)
    }
  })
})

describe('the NL API Design Rules on the running API', () => {
  it('/core/version-header: every answer, errors included, carries API-Version with a semantic version', async () => {
    for (const path of ['/api/v1/rules', '/api/v1/rules/didam-arrest', '/api/v1/rules/bestaat-niet', '/api/v1/search?limit=0', '/api/v1/nothing', '/api/v1/openapi.json']) {
      expect((await app.request(path)).headers.get('api-version'), path).toMatch(/^\d+\.\d+\.\d+$/)
    }
  })

  it('/core/publish-openapi: the document is JSON at /api/v1/openapi.json, open to every origin', async () => {
    const res = await app.request('/api/v1/openapi.json', { headers: { Origin: 'https://elders.example' } })
    expect(res.headers.get('content-type')).toMatch(/^application\/json/)
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
  })

  it('/core/no-trailing-slash: a trailing slash gives 404, not a redirect', async () => {
    const res = await app.request('/api/v1/rules/')
    expect(res.status).toBe(404)
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/)
  })
})
