/**
 * The names index must score exactly as the MiniSearch index it replaced, configured as it
 * was: same fields, same analysis, same query trees. MiniSearch here is the reference.
 */
import MiniSearch, { type Options } from 'minisearch'
import { describe, expect, it } from 'vitest'
import { corpusToRows } from '../../src/build/rows.ts'
import { loadContent } from '../../src/content/load-fs.ts'
import { tokenize } from '../../src/search/analyze.ts'
import { corpusVocabulary } from '../../src/search/build-index.ts'
import { createSplitter, type Splitter } from '../../src/search/compounds.ts'
import { toSearchDocuments } from '../../src/search/documents.ts'
import { createMatchPool } from '../../src/search/match-pool.ts'
import { buildNamesIndex, compileNames, createNamesEvaluator, loadNamesIndex } from '../../src/search/names-index.ts'
import { analyzeWord, FIELD_BOOST, type SearchDocument } from '../../src/search/options.ts'
import { buildQueryNodes } from '../../src/search/query.ts'
import { createSynonymTable, lexiconGroups } from '../../src/search/synonyms.ts'
import golden from './golden.json'
import { REPO_ROOT, TODAY } from '../helpers/create-test-app.ts'

/** The MiniSearch configuration of the names index before it became typed arrays. */
const miniSearchOptions = (split: Splitter): Options<SearchDocument> => ({
  fields: ['title', 'title_en', 'aliases'],
  tokenize: (text) => tokenize(text),
  processTerm: (term) => analyzeWord(term, split),
  searchOptions: { tokenize: (text) => [text], processTerm: (term) => term },
})

const documents = toSearchDocuments(corpusToRows(loadContent(REPO_ROOT, TODAY).corpus))
const split = createSplitter(corpusVocabulary(documents))
const synonyms = createSynonymTable(lexiconGroups)
const reference = new MiniSearch<SearchDocument>(miniSearchOptions(split))
reference.addAll(documents)
const index = loadNamesIndex(JSON.parse(JSON.stringify(buildNamesIndex(documents, split))))
const pool = createMatchPool(documents.length)
const names = createNamesEvaluator(index, pool)

const queries = [
  ...golden.queries.map((g) => g.q),
  // Typos, prefixes, compounds and synonyms beyond the golden set.
  'subsydie',
  'aanbest',
  'coöp',
  'grondverkoop initiatief',
  'right to challenge',
  'zonnepark buurtcoöperatie',
  'de-minimis',
  'wooncooperatie erfpacht grond',
]

describe('names index', () => {
  it.each(queries)('scores %j as MiniSearch does, with the same matched terms', (q) => {
    const nodes = buildQueryNodes(q, split, synonyms)
    const expected = new Map(
      reference.search({ boost: FIELD_BOOST, combineWith: 'OR', queries: nodes }).map((r) => [r.id as string, { score: r.score / r.queryTerms.length, terms: [...r.terms].sort() }]),
    )

    const scores = new Map<number, number>()
    const expressions = nodes.map((n) => compileNames(n, index, { boost: FIELD_BOOST }))
    for (const expression of expressions) {
      const match = names.evaluate(expression)
      for (const d of match.docs.subarray(0, match.length)) scores.set(d, (scores.get(d) ?? 0) + match.score[d]!)
      pool.release(match)
    }
    const got = new Map(
      [...scores].map(([d, score]) => {
        const terms = new Set<string>()
        for (const expression of expressions) names.termsOf(expression, d, terms)
        return [documents[d]!.id, { score, terms: [...terms].sort() }]
      }),
    )

    expect([...got.keys()].sort()).toEqual([...expected.keys()].sort())
    for (const [id, { score, terms }] of expected) {
      expect(got.get(id)!.score).toBeCloseTo(score, 9)
      expect(got.get(id)!.terms).toEqual(terms)
    }
  })

  it('finds something for most of these queries (the comparison is not vacuous)', () => {
    const matches = (q: string) =>
      buildQueryNodes(q, split, synonyms).some((n) => {
        const match = names.evaluate(compileNames(n, index, { boost: FIELD_BOOST }))
        const found = match.length > 0
        pool.release(match)
        return found
      })
    const nonEmpty = queries.filter(matches)
    expect(nonEmpty.length).toBeGreaterThan(queries.length * 0.8)
  })
})
