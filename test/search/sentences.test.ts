import { beforeAll, describe, expect, it } from 'vitest'
import type { Query } from 'minisearch'
import { queryWords } from '../../src/search/analyze.ts'
import { createSplitter } from '../../src/search/compounds.ts'
import { buildQueryNodes } from '../../src/search/query.ts'
import { createSynonymTable } from '../../src/search/synonyms.ts'
import { createTestApp } from '../helpers/create-test-app.ts'

let app: Awaited<ReturnType<typeof createTestApp>>
beforeAll(async () => {
  app = await createTestApp()
})

/** Whether any leaf of a query node is completed as a prefix. */
const completes = (node: Query): boolean => typeof node === 'object' && (node.prefix === true || node.queries.some(completes))

describe('queries typed as sentences', () => {
  it('drops the function and answer words of a sentence, Dutch and English', () => {
    expect(queryWords('dorpshuis gemeente zei eerst nee')).toEqual(['dorpshuis', 'gemeente'])
    expect(queryWords('how can we sell municipal land to a community')).toEqual(['sell', 'municipal', 'land', 'community'])
  })

  it('does not complete a short last word the corpus contains, after other words', () => {
    const split = createSplitter(['dorpshuis', 'huur', 'huurder', 'huurprijs'])
    const synonyms = createSynonymTable([])

    expect(completes(buildQueryNodes('dorpshuis huur', split, synonyms).at(-1)!)).toBe(false)
    // Still completed: a word the corpus does not contain (being typed), a longer word, a query of one word.
    expect(completes(buildQueryNodes('dorpshuis huu', split, synonyms).at(-1)!)).toBe(true)
    expect(completes(buildQueryNodes('huur dorpshuis', split, synonyms).at(-1)!)).toBe(true)
    expect(completes(buildQueryNodes('huur', split, synonyms)[0]!)).toBe(true)
  })

  it('says when no entry has enough of the words, and returns those with the most (API)', async () => {
    const full = (await (await app.request('/api/v1/search?q=didam')).json()) as { partial: boolean; total: number }
    const partial = (await (await app.request(`/api/v1/search?q=${encodeURIComponent('grond zonnedak vergunning')}`)).json()) as { partial: boolean; total: number; results: { slug: string }[] }

    expect(full.partial).toBe(false)
    expect(full.total).toBeGreaterThan(0)
    expect(partial.partial).toBe(true)
    expect(partial.results.map((r) => r.slug)).toContain('zonnedak-voorbeeld')
  })

  it('shows the partial notice on the search page, and help with routes to browse on an empty one', async () => {
    const partial = await (await app.request(`/zoeken?q=${encodeURIComponent('grond zonnedak vergunning')}`)).text()
    const full = await (await app.request('/zoeken?q=didam')).text()
    const empty = await (await app.request('/zoeken?q=xyzzyqq')).text()

    expect(partial).toContain('Geen resultaat met alle woorden; dit zijn de beste gedeeltelijke treffers.')
    expect(full).not.toContain('gedeeltelijke treffers')
    expect(empty).toContain('Geen resultaten voor “xyzzyqq”.')
    for (const list of ['/regels', '/oplossingen', '/casussen']) expect(empty).toContain(`href="${list}"`)
  })
})
