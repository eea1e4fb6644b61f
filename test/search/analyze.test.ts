import { describe, expect, it } from 'vitest'
import { fold, queryWords, stem, tokenize } from '../../src/search/analyze.ts'
import { createSplitter } from '../../src/search/compounds.ts'
import { findIdentifiers } from '../../src/search/identifiers.ts'
import { buildQueryNodes, MAX_QUERY_WORDS } from '../../src/search/query.ts'
import { createSynonymTable, lexiconGroups } from '../../src/search/synonyms.ts'
import { makeSnippet } from '../../src/search/snippet.ts'

describe('analysis', () => {
  it('folds diacritics and case', () => {
    expect(fold('Coöperatie ÉÉN')).toBe('cooperatie een')
    // Already decomposed input (o + combining diaeresis) folds the same as precomposed.
    expect(fold('Coo\u0308peratie')).toBe('cooperatie')
    const mixed = 'Ĳsselmeer, Curaçao, façade, naïef, één, Ærø, ångström, „quote” — 42'
    expect(fold(mixed)).toBe(mixed.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase())
  })

  it('keeps hyphenated words whole and adds their parts', () => {
    expect(tokenize('Het Didam-arrest')).toEqual(['didam-arrest', 'didam', 'arrest'])
    expect(queryWords('het Didam-arrest')).toEqual(['didam-arrest'])
  })

  it('drops Dutch stop words', () => {
    expect(tokenize('de verkoop van grond aan een stichting')).toEqual(['verkoop', 'grond', 'stichting'])
  })

  it('stems plural and singular to the same term', () => {
    expect(stem('subsidies')).toBe(stem('subsidie'))
    expect(stem('initiatieven')).toBe(stem('initiatief'))
    expect(stem('aanbestedingen')).toBe(stem('aanbesteding'))
  })
})

describe('query', () => {
  it('keeps one node per word up to the most the ranking can tell apart', () => {
    const words = Array.from({ length: 40 }, (_, i) => `woord${i}`)
    const nodes = buildQueryNodes(words.join(' '), createSplitter([]), createSynonymTable(lexiconGroups))

    expect(nodes).toHaveLength(MAX_QUERY_WORDS)
    expect(MAX_QUERY_WORDS).toBeLessThan(32)
  })
})

describe('compound splitter', () => {
  const split = createSplitter(['grond', 'verkoop', 'staat', 'steun', 'subsidie', 'plafond', 'buurt', 'cooperatie', 'zonne', 'energie'])

  it('splits compounds into parts the vocabulary knows, with or without a linking s', () => {
    expect(split('grondverkoop')).toEqual(['grond', 'verkoop'])
    expect(split('staatssteun')).toEqual(['staat', 'steun'])
    expect(split('subsidieplafond')).toEqual(['subsidie', 'plafond'])
    expect(split('buurtcooperatie')).toEqual(['buurt', 'cooperatie'])
  })

  it('leaves words alone that it cannot split into known parts', () => {
    expect(split('aanbesteding')).toBeUndefined()
    expect(split('grond')).toBeUndefined()
  })
})

describe('identifiers in a query', () => {
  it('recognises an ECLI, a BWB id, a CELEX number and an article of a named act', () => {
    expect(findIdentifiers('ecli:nl:hr:2021:1778')).toEqual([{ identifier: 'ECLI:NL:HR:2021:1778' }])
    expect(findIdentifiers('BWBR0005537')).toEqual([{ identifier: 'BWBR0005537' }])
    expect(findIdentifiers('32016R0679')).toEqual([{ identifier: '32016R0679' }])
    expect(findIdentifiers('art. 4:51 Awb')).toEqual([{ identifier: 'BWBR0005537', article: '4:51' }])
    expect(findIdentifiers('artikel 2.82 Aanbestedingswet')).toEqual([{ identifier: 'BWBR0032203', article: '2.82' }])
  })
})

describe('snippets', () => {
  it('picks the best sentence, marks matching words and escapes the rest', () => {
    const text = 'Eerste zin zonder treffer. De <gemeente> verkoopt grond aan een coöperatie. Slot.'

    expect(makeSnippet(text, ['grond', 'cooperatie'])).toBe('De &lt;gemeente&gt; verkoopt <mark>grond</mark> aan een <mark>coöperatie</mark>.')
  })

  it('prefers a later sentence holding more of the terms over an earlier one holding fewer', () => {
    const text = 'De grond ligt braak.\nNiemand wist het! Toen kocht de coöperatie de grond van de gemeente. Einde.'

    expect(makeSnippet(text, ['grond', 'cooperatie'])).toBe('Toen kocht de <mark>coöperatie</mark> de <mark>grond</mark> van de gemeente.')
  })

  it('prefers a real sentence over a heading, and marks a word by its stem', () => {
    const text = 'Verkoop.\nDe gemeente wil de verkoop van grond aan het dorp mogelijk maken.'

    expect(makeSnippet(text, ['verkop'])).toBe('De gemeente wil de <mark>verkoop</mark> van grond aan het dorp mogelijk maken.')
  })

  it('cuts a long sentence around its first match, so the match is always shown', () => {
    const long = `Het begin van een heel lange zin ${'met veel woorden die er niet toe doen '.repeat(8)}tot het woord grondverkoop eindelijk valt en de zin nog even doorgaat.`
    const snippet = makeSnippet(long, ['grondverkoop'])!

    expect(long.length).toBeGreaterThan(300)
    expect(snippet).toContain('<mark>grondverkoop</mark>')
    expect(snippet.startsWith('… ')).toBe(true)
    expect(snippet.replace(/<\/?mark>/g, '').length).toBeLessThanOrEqual(230)
  })

  it('finds a term written only with diacritics, and nothing when no sentence has a term', () => {
    expect(makeSnippet('Over zonnepanelen. Een coöperatie richt zich op.', ['cooperatie'])).toBe('Een <mark>coöperatie</mark> richt zich op.')
    expect(makeSnippet('Over zonnepanelen. Een vereniging.', ['cooperatie'])).toBeNull()
  })
})
