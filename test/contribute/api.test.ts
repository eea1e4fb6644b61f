import { beforeEach, describe, expect, it } from 'vitest'
import { MAX_CONTRIBUTION_BYTES, RATE_LIMIT } from '../../src/routes/contribute-shared.ts'
import { createTestApp, FIXTURE_CORPUS, TODAY } from '../helpers/create-test-app.ts'
import { corpusChecker, validContribution } from './helpers.ts'

const check = corpusChecker(FIXTURE_CORPUS)
let app: Awaited<ReturnType<typeof createTestApp>>
// A fresh app per test: each has its own rate limiter.
beforeEach(async () => {
  app = await createTestApp()
})

let client = 0
// The platform hands the app the client's address (the second argument of fetch); a fresh one per request by default.
const post = (body: unknown, headers: Record<string, string> = {}, clientAddress = `192.0.2.${++client % 250}`) =>
  app.request('/api/v1/contributions/case', { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) }, { clientAddress })

describe('POST /api/v1/contributions/case', () => {
  it('returns the Markdown file for a valid case, which npm run check accepts unchanged', async () => {
    const res = await post(validContribution())
    const file = (await res.json()) as { slug: string; path: string; markdown: string }

    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(res.headers.get('api-version')).toBeTruthy()
    expect(file.slug).toBe('buurthuis-de-kern-en-de-gemeente')
    expect(file.path).toBe('content/cases/buurthuis-de-kern-en-de-gemeente.md')
    expect(file.markdown).toContain(`last_reviewed: ${TODAY}`)
    expect(check(file.path, file.markdown)).toEqual([])
  })

  it('returns the raw file to a client that asks for text/markdown', async () => {
    const res = await post(validContribution(), { Accept: 'text/markdown' })

    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/markdown; charset=utf-8')
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="buurthuis-de-kern-en-de-gemeente.md"')
    expect(await res.text()).toMatch(/^---\ntitle: "Buurthuis De Kern en de gemeente"\n/)
  })

  it('returns every problem at once as a problem document', async () => {
    const res = await post({ ...validContribution(), title: ' ', province: 'Noord Holland', rules: ['bestaat-niet'], references: [], extra: true, consent: false })
    const body = (await res.json()) as { status: number; title: string; detail: string; 'invalid-params': { name: string; reason: string }[] }

    expect(res.status).toBe(400)
    expect(res.headers.get('content-type')).toBe('application/problem+json; charset=utf-8')
    expect(body.status).toBe(400)
    expect(body.detail).toBe('Er zijn 6 problemen; zie invalid-params.')
    expect(body['invalid-params']).toEqual([
      { name: 'title', reason: 'Vul de titel van de casus in' },
      { name: 'references', reason: 'Voeg ten minste één bron toe' },
      { name: 'province', reason: 'Kies een provincie uit de lijst' },
      { name: 'consent', reason: 'Bevestig dat uw bijdrage aan de spelregels voldoet' },
      { name: 'extra', reason: 'Onbekend veld: extra' },
      { name: 'rules[0]', reason: 'De regel “bestaat-niet” bestaat niet in Tussenruimte' },
    ])
  })

  it('answers in English when asked', async () => {
    const res = await post({ ...validContribution(), place: '' }, { 'Accept-Language': 'en-GB,en;q=0.9' })
    const body = (await res.json()) as { 'invalid-params': { name: string; reason: string }[] }

    expect(body['invalid-params']).toEqual([{ name: 'place', reason: 'Enter the municipality where it happened' }])
  })

  it('refuses hostile input and never reflects it as markup', async () => {
    const res = await post({
      ...validContribution(),
      title: '<script>alert(1)</script>',
      references: [{ type: 'url', url: 'javascript:alert(1)', title: '<img src=x onerror=alert(1)>' }],
      sections: { happened: '[klik](javascript:alert(1))', friction: '<iframe src="https://evil.example">', resolution: 'Zie http://example.org', lessons: '```\nverstopt' },
    })
    const text = await res.text()

    expect(res.status).toBe(400)
    // JSON, not HTML: a browser never renders it, and the problem names the fields, not the payload.
    expect(res.headers.get('content-type')).toContain('application/problem+json')
    expect(text).not.toContain('alert(1)')
    expect((JSON.parse(text) as { 'invalid-params': { name: string }[] })['invalid-params'].map((p) => p.name).sort()).toEqual([
      'references[0].title',
      'references[0].url',
      'sections.friction',
      'sections.happened',
      'sections.lessons',
      'sections.resolution',
      'title',
    ])
  })

  it('refuses a body over the limit with a 413 problem', async () => {
    const res = await post({ ...validContribution(), sections: { happened: 'x'.repeat(MAX_CONTRIBUTION_BYTES), friction: 'b', resolution: 'c', lessons: 'd' } })
    const body = (await res.json()) as { status: number; title: string }

    expect(res.status).toBe(413)
    expect(res.headers.get('content-type')).toContain('application/problem+json')
    expect(body).toMatchObject({ status: 413, title: 'Bijdrage te groot' })
  })

  it('refuses what is not JSON', async () => {
    const wrongType = await post('title=x', { 'Content-Type': 'application/x-www-form-urlencoded' })
    const broken = await post('{"title":', {})

    expect(wrongType.status).toBe(415)
    expect(broken.status).toBe(400)
    expect(((await broken.json()) as { title: string }).title).toBe('Ongeldige JSON')
  })

  it.each([
    ['an array', []],
    ['a string', 'casus'],
    ['null', null],
    ['wrong types everywhere', { title: 1, period: 'x', initiative: [], domains: 'energy', references: [null, 1, { type: 'bwb' }], sections: null, consent: 'yes', slug: 5 }],
    ['deep nesting', { title: { a: { b: { c: { d: { e: {} } } } } } }],
  ])('answers %s with a 400 problem, never a 500', async (_, body) => {
    const res = await post(body)

    expect(res.status).toBe(400)
    expect(res.headers.get('content-type')).toContain('application/problem+json')
  })

  it('answers GET with 405 and says to POST', async () => {
    const res = await app.request('/api/v1/contributions/case')

    expect(res.status).toBe(405)
    expect(res.headers.get('allow')).toBe('POST')
  })

  it('limits the rate per client with a 429 problem and Retry-After, other clients unaffected', async () => {
    const from = (ip: string) => post({}, {}, ip)
    for (let i = 0; i < RATE_LIMIT.capacity; i++) expect((await from('198.51.100.7')).status).toBe(400)

    const limited = await from('198.51.100.7')
    const other = await from('198.51.100.8')

    expect(limited.status).toBe(429)
    expect(limited.headers.get('content-type')).toContain('application/problem+json')
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
    expect(((await limited.json()) as { title: string }).title).toBe('Te veel verzoeken')
    expect(other.status).toBe(400)
  })

  it('counts by the address the platform saw: a made-up CF-Connecting-IP or X-Forwarded-For does not open a fresh bucket', async () => {
    const spoofed = (i: number) => post({}, { 'CF-Connecting-IP': `203.0.113.${i}`, 'X-Forwarded-For': `198.18.0.${i}`, 'X-Real-IP': `198.18.1.${i}` }, '198.51.100.9')
    const statuses: number[] = []
    for (let i = 0; i <= RATE_LIMIT.capacity; i++) statuses.push((await spoofed(i)).status)

    expect(statuses.slice(0, RATE_LIMIT.capacity).every((s) => s === 400)).toBe(true)
    expect(statuses.at(-1)).toBe(429)
  })

  it('counts every address of one IPv6 /64 as one client', async () => {
    for (let i = 0; i < RATE_LIMIT.capacity; i++) expect((await post({}, {}, `2001:db8:1:2::${i.toString(16)}`)).status).toBe(400)

    expect((await post({}, {}, '2001:db8:1:2:ffff::1')).status).toBe(429)
    expect((await post({}, {}, '2001:db8:1:3::1')).status).toBe(400)
  })
})
