/**
 * Node and Worker are one service: the same requests to the Node app (better-sqlite3, the test
 * helper) and to the Worker bundle (D1 on workerd) give the same status codes, the same
 * contract headers and, for JSON, the same bodies byte for byte after parsing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp } from '../helpers/create-test-app.ts'
import { startWorker, type RunningWorker } from './start-worker.ts'

let node: Awaited<ReturnType<typeof createTestApp>>
let worker: RunningWorker
beforeAll(async () => {
  ;[node, worker] = await Promise.all([createTestApp(), startWorker()])
})
afterAll(() => worker?.dispose())

const API = [
  '/api/v1/search?q=didam',
  '/api/v1/search?q=',
  '/api/v1/search?q=gelijke',
  '/api/v1/search?q=didma',
  `/api/v1/search?q=${encodeURIComponent('art. 3:4 Awb')}`,
  `/api/v1/search?q=${encodeURIComponent('ECLI:NL:HR:2021:1778')}`,
  '/api/v1/search?type=case&domain=energy',
  '/api/v1/search?domain=energy&domain=public-space&limit=2&offset=1',
  '/api/v1/search?q=x&limit=-1&offset=abc&domain=enery&outcome=maybe',
  `/api/v1/search?q=${'a'.repeat(5000)}`,
  '/api/v1/rules',
  '/api/v1/rules?domain=energy',
  '/api/v1/rules?outcome=worked',
  '/api/v1/rules/didam-arrest',
  '/api/v1/rules/staatssteun-de-minimis',
  '/api/v1/rules/bestaat-niet',
  '/api/v1/rules/Geen_Slug',
  '/api/v1/workarounds',
  '/api/v1/workarounds?limit=1&offset=1',
  '/api/v1/workarounds/enige-serieuze-gegadigde',
  '/api/v1/workarounds/de-minimis-verklaring',
  '/api/v1/cases',
  '/api/v1/cases?outcome=blocked',
  '/api/v1/cases/dorpshuis-voorbeeld',
  '/api/v1/cases/zonnedak-voorbeeld',
  '/api/v1/cases/didam-arrest',
  '/api/v1/openapi.json',
  '/api/v1/bestaat-niet',
  '/api/v1/scans',
  '/api/v1/scans/grond-verkopen',
  '/api/v1/scans/grond-verkopen/result?vorm=verkopen&gegadigden=een',
  '/api/v1/scans/grond-verkopen/result?vorm=verkopen',
  '/api/v1/scans/grond-verkopen/result?vorm=kopen',
  '/api/v1/scans/bestaat-niet',
]

const PAGES = [
  '/',
  '/zoeken?q=didam',
  '/zoeken?q=zonedk',
  '/regels',
  '/regels?domain=enery',
  '/regels/didam-arrest',
  '/oplossingen/enige-serieuze-gegadigde',
  '/casussen?outcome=blocked',
  '/casussen/dorpshuis-voorbeeld',
  '/over',
  '/bijdragen',
  '/regels/bestaat-niet',
  '/regels/',
  '/en',
  '/en/rules/didam-arrest',
  '/en/nothing-here',
  '/favicon.ico',
  '/regelscan',
  '/regelscan/grond-verkopen',
  '/regelscan/grond-verkopen/vraag',
  '/regelscan/grond-verkopen/vraag?vorm=verkopen',
  '/regelscan/grond-verkopen/vraag?vorm=verkopen&beantwoord=gegadigden',
  '/regelscan/grond-verkopen/vraag?vorm=verkopen&gegadigden=een&beantwoord=gegadigden',
  '/regelscan/grond-verkopen/controle?vorm=verkopen&gegadigden=een',
  '/regelscan/grond-verkopen/uitkomst?vorm=verkopen&gegadigden=een',
  '/regelscan/grond-verkopen/vraag?vorm=kopen',
  '/en/rule-scan/grond-verkopen/question?vorm=anders',
  '/en/rule-scan/grond-verkopen/uitkomst?vorm=anders',
]

const CONTRACT_HEADERS = ['content-type', 'api-version', 'access-control-allow-origin', 'cache-control', 'location', 'content-security-policy']
const headersOf = (res: { headers: { get(name: string): string | null } }) => Object.fromEntries(CONTRACT_HEADERS.map((h) => [h, res.headers.get(h)]))

describe('Node and Worker parity', () => {
  it.each(API)('GET %s gives the same status, headers and JSON body', async (path) => {
    const [fromNode, fromWorker] = await Promise.all([node.request(path), worker.fetch(path)])

    expect(fromWorker.status).toBe(fromNode.status)
    expect(headersOf(fromWorker)).toEqual(headersOf(fromNode))
    expect(await fromWorker.json()).toEqual(await fromNode.json())
  })

  // Pages link the build's hashed assets and date review notices by the clock, so their bodies
  // are compared by their title and heading, not byte for byte.
  it.each(PAGES)('GET %s gives the same status, headers, title and heading', async (path) => {
    const [fromNode, fromWorker] = await Promise.all([node.request(path), worker.fetch(path)])
    const landmarks = (html: string) => [html.match(/<title>[^<]*<\/title>/)?.[0], html.match(/<h1[^>]*>[\s\S]*?<\/h1>/)?.[0]]

    expect(fromWorker.status).toBe(fromNode.status)
    expect(headersOf(fromWorker)).toEqual(headersOf(fromNode))
    expect(landmarks(await fromWorker.text())).toEqual(landmarks(await fromNode.text()))
  })
})
