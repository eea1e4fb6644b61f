import { describe, expect, it } from 'vitest'
import type { Query } from 'minisearch'
import { buildSearch } from '../../src/search/build-index.ts'
import { createSplitter } from '../../src/search/compounds.ts'
import { loadSearchIndex } from '../../src/search/engine.ts'
import { englishTerms } from '../../src/search/english.ts'
import type { SearchDocument } from '../../src/search/options.ts'
import { buildQueryNodes } from '../../src/search/query.ts'
import { createSynonymTable } from '../../src/search/synonyms.ts'
import { entryFacetNames } from '../../src/content/taxonomy.ts'

const doc = (id: string, fields: Partial<SearchDocument>): SearchDocument =>
  ({ id, type: 'rule', title: id, title_en: '', aliases: '', summary: '', summary_en: '', body: '', ...Object.fromEntries(entryFacetNames.map((f) => [f, []])), ...fields }) as SearchDocument

const engine = loadSearchIndex(
  buildSearch([
    doc('vergoeding', { title: 'Vergoeding voor vrijwilligers', summary: 'Een kleine onbelaste vergoeding.', title_en: 'Volunteer allowances', summary_en: 'A volunteer may receive a small untaxed allowance up to yearly caps.' }),
    doc('grondverkoop', { title: 'Verkoop van gemeentegrond', summary: 'De gemeente verkoopt grond aan een stichting.', body: 'Gelijke kansen bij verkoop van grond.' }),
    doc('zaal', { title: 'Zaalverhuur', summary: 'Een zaal huren voor een feest.', title_en: 'Hall rental', summary_en: 'Renting a hall for a party.' }),
  ]).indexJson,
)
const slugs = (q: string) => engine.search({ q, filters: {}, limit: 10, offset: 0 }).hits.map((h) => h.slug)

/** Every leaf term of a query node. */
const terms = (node: Query): string[] => (typeof node === 'string' ? [node] : typeof node === 'object' ? node.queries.flatMap(terms) : [])

describe('English queries', () => {
  it('stems the English texts as English', () => {
    expect(englishTerms('Volunteers receiving allowances')).toEqual(englishTerms('volunteer receive allowance'))
  })

  it('finds an entry by words only its English summary has, in any inflection', () => {
    expect(slugs('untaxed allowances')).toEqual(['vergoeding'])
    expect(engine.search({ q: 'untaxed allowances', filters: {}, limit: 10, offset: 0 }).partial).toBe(false)
    expect(slugs('yearly cap')).toEqual(['vergoeding'])
  })

  it('finds the Dutch texts through the lexicon of the domain\'s English words', () => {
    expect(slugs('selling municipal land')[0]).toBe('grondverkoop')
  })

  it('translates English words only: a Dutch query stays as typed', () => {
    const split = createSplitter(['verkoop', 'grond', 'gemeente'])
    const none = createSynonymTable([])

    expect(terms(buildQueryNodes('sell', split, none)[0]!)).toContain('verkop')
    expect(terms(buildQueryNodes('verkoop', split, none)[0]!)).toEqual(['verkop'])
  })
})
