/** Bodies shaped to make the server work hard get a 400 at once, never a 500, on the API and the form. */
import { beforeAll, describe, expect, it } from 'vitest'
import { INPUT_LIMITS, jsonDepthExceeds } from '../../src/contribute/input-limits.ts'
import { createTestApp } from '../helpers/create-test-app.ts'
import { validContribution } from './helpers.ts'

let app: Awaited<ReturnType<typeof createTestApp>>
beforeAll(async () => {
  app = await createTestApp()
})

let client = 0
const post = (body: string) =>
  app.request('/api/v1/contributions/case', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body }, { clientAddress: `192.0.2.${++client % 250}` })
const problemOf = async (res: Response) => ({ status: res.status, type: res.headers.get('content-type'), body: (await res.json()) as { title: string; detail: string; 'invalid-params'?: unknown[]; 'invalid-params-omitted'?: number } })

describe('limits on the shape of a contribution', () => {
  it('reads nesting depth from the text without being fooled by brackets inside strings', () => {
    expect(jsonDepthExceeds('{"a":"[[[[[[[[[[[[[["}', 3)).toBe(false)
    expect(jsonDepthExceeds('{"a":"\\"[[[[[[[[[[[["}', 3)).toBe(false)
    expect(jsonDepthExceeds('{"a":[[[{}]]]}', 3)).toBe(true)
    expect(jsonDepthExceeds('[[[]]]', 3)).toBe(false)
  })

  it.each([
    ['an object 10,000 deep', '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000)],
    ['an array 100,000 deep', '['.repeat(100_000) + ']'.repeat(100_000)],
    ['nesting inside a field', JSON.stringify({ ...validContribution(), title: 'x' }).replace('"x"', '['.repeat(5000) + ']'.repeat(5000))],
  ])('answers %s with a 400 problem', async (_, body) => {
    const { status, type, body: doc } = await problemOf(await post(body))

    expect(status).toBe(400)
    expect(type).toContain('application/problem+json')
    expect(doc.detail).toContain(`dieper genest dan ${INPUT_LIMITS.depth}`)
  })

  it('refuses an object with thousands of keys and a list with thousands of items, naming where', async () => {
    const keys = await problemOf(await post(JSON.stringify(Object.fromEntries(Array.from({ length: 12_000 }, (_, i) => [`k${i}`, 1])))))
    const items = await problemOf(await post(JSON.stringify({ ...validContribution(), public_bodies: Array.from({ length: 5_000 }, (_, i) => `Gemeente ${i}`) })))

    expect(keys.status).toBe(400)
    expect(keys.body.detail).toBe(`Het object - heeft meer dan ${INPUT_LIMITS.keys} velden.`)
    expect(items.status).toBe(400)
    expect(items.body.detail).toBe(`De lijst public_bodies heeft meer dan ${INPUT_LIMITS.items} items.`)
  })

  it('lists each problem once and at most 20, with a count of the rest', async () => {
    const rules = Array.from({ length: 100 }, (_, i) => `onbekend-${i}`)
    const { status, body } = await problemOf(await post(JSON.stringify({ ...validContribution(), rules })))

    expect(status).toBe(400)
    expect(body['invalid-params']).toHaveLength(20)
    expect(body['invalid-params-omitted']).toBe(80)
    expect(body.detail).toBe('Er zijn 100 problemen; zie invalid-params.')
  })

  it('refuses a form that sends more values than it has controls, as a page', async () => {
    const form = new URLSearchParams()
    for (let i = 0; i < INPUT_LIMITS.formValues + 1; i++) form.append('rules', `r${i}`)
    const res = await app.request('/bijdragen', { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: form.toString() }, { clientAddress: '192.0.2.251' })

    expect(res.status).toBe(400)
    expect(res.headers.get('content-type')).toContain('text/html')
    expect(await res.text()).toContain(`meer dan ${INPUT_LIMITS.formValues} waarden`)
  })
})

describe('problem lists of the search API and pages', () => {
  const many = Array.from({ length: 7900 }, (_, i) => `x${i % 3000}`).join(',')

  it('are de-duplicated and capped, so the answer does not grow with the request', async () => {
    const api = await app.request(`/api/v1/search?domain=${many}`)
    const page = await app.request(`/zoeken?domain=${many}`)
    const body = (await api.json()) as { 'invalid-params': { name: string; reason: string }[] }

    expect(api.status).toBe(400)
    expect(body['invalid-params']).toHaveLength(20)
    expect(body['invalid-params'].at(-1)).toEqual({ name: '…', reason: 'en nog 2981 problemen' })
    expect(JSON.stringify(body).length).toBeLessThan(20_000)
    expect(page.status).toBe(400)
    // The page links its own URL in three places (hreflang and the language switch); the problems add only 20 lines.
    expect((await page.text()).length).toBeLessThan(3 * many.length + 20_000)
  })

  it('name a value given twice only once', async () => {
    const body = (await (await app.request('/api/v1/search?domain=zz,zz&domain=zz')).json()) as { 'invalid-params': unknown[] }

    expect(body['invalid-params']).toHaveLength(1)
  })
})
