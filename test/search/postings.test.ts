import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { bodyExpressions, createBodyEvaluator, createBodyIndex } from '../../src/search/body-query.ts'
import { createMatchPool, type Match } from '../../src/search/match-pool.ts'
import { buildPostings, decodeDocs, encodeDocs, loadPostings, scorePhrase } from '../../src/search/postings.ts'

// Analysed terms, as the build writes them: summary and body per document.
const documents = [
  { summary: ['grond', 'verkoop'], body: ['gemeent', 'verkoopt', 'grond', 'aan', 'stichting', 'grond'] },
  { summary: ['subsidi'], body: ['gemeent', 'subsidi', 'plafond', 'subsidie', 'aanvrag'] },
  { summary: ['stichting'], body: ['stichting', 'beheer', 'buurthuis', 'gemeent', 'gemeent', 'gemeent', 'huur'] },
  { summary: ['huur'], body: ['huurder', 'huurt', 'woning', 'cooperatie', 'gemeent', 'grond', 'erfpacht', 'erfpacht', 'lang', 'lang', 'lang'] },
  { summary: ['energie'], body: ['zon', 'dak', 'cooperatie', 'energie', 'netcongestie'] },
]

/** FTS5's own BM25 for an expression, over the same terms with the same column weights. */
function fts5Scores(expression: string): Map<number, number> {
  const db = new Database(':memory:')
  db.exec(`CREATE VIRTUAL TABLE t USING fts5(summary, body, tokenize = "unicode61 tokenchars '-&+'")`)
  const insert = db.prepare('INSERT INTO t (rowid, summary, body) VALUES (?, ?, ?)')
  documents.forEach((d, i) => insert.run(i + 1, d.summary.join(' '), d.body.join(' ')))
  const rows = db.prepare('SELECT rowid AS id, bm25(t, 2, 1) AS rank FROM t WHERE t MATCH ?').all(expression) as { id: number; rank: number }[]
  db.close()
  return new Map(rows.map((r) => [r.id - 1, -r.rank]))
}

const postings = loadPostings(JSON.parse(JSON.stringify(buildPostings(documents))))
const termNo = (term: string) => postings.terms.indexOf(term)

/** The documents of a match with their scores. */
const scoresOf = (match: Match) => new Map([...match.docs.subarray(0, match.length)].map((d) => [d, match.score[d]!]))

function ourScores(phrases: string[][]): Map<number, number> {
  const pool = createMatchPool(postings.count)
  const match = pool.empty()
  const scratch = pool.empty()
  for (const phrase of phrases) scorePhrase(postings, phrase.map(termNo), match, scratch)
  expect(scratch.length).toBe(0)
  expect(scratch.score.every((v) => v === 0)).toBe(true)
  return scoresOf(match)
}

const close = (a: Map<number, number>, b: Map<number, number>) => {
  expect([...a.keys()].sort()).toEqual([...b.keys()].sort())
  for (const [d, s] of a) expect(s).toBeCloseTo(b.get(d)!, 9)
}

describe('body index', () => {
  it('stores document numbers as varint gaps and reads them back exactly, small and large', () => {
    for (const width of [2, 4] as const) {
      const max = width === 2 ? 0xffff : 2 ** 31
      // Three terms: a dense run, an empty one, and far-apart numbers with gaps over 2^14 and 2^21.
      const lists = [Array.from({ length: 300 }, (_, i) => i * 3), [], [0, 200, 20_000, 40_000, Math.min(max, 3_000_000), max].filter((d, i, a) => i === 0 || d > a[i - 1]!)]
      const start = Uint32Array.from([0, ...lists.map((_, t) => lists.slice(0, t + 1).flat().length)])
      const docs = width === 2 ? Uint16Array.from(lists.flat()) : Uint32Array.from(lists.flat())
      expect([...decodeDocs(encodeDocs(start, docs), start, width)]).toEqual([...docs])
    }
  })

  it('survives its JSON round trip', () => {
    expect(postings.count).toBe(5)
    expect(postings.terms).toEqual([...new Set(documents.flatMap((d) => [...d.summary, ...d.body]))].sort())
  })

  it('scores one term as FTS5 does, a summary hit counting double', () => {
    close(ourScores([['grond']]), fts5Scores('"grond"'))
    close(ourScores([['gemeent']]), fts5Scores('"gemeent"'))
    close(ourScores([['stichting']]), fts5Scores('"stichting"'))
  })

  it('scores a prefix as one phrase, as FTS5 does', () => {
    const huur = postings.terms.filter((t) => t.startsWith('huur'))
    expect(huur.length).toBeGreaterThan(1)
    close(ourScores([huur]), fts5Scores('"huur"*'))
  })

  it('sums the phrases of an OR, as FTS5 does', () => {
    close(ourScores([['subsidi'], ['subsidie']]), fts5Scores('("subsidi" OR "subsidie")'))
  })

  it('evaluates AND and OR of query words', () => {
    const index = createBodyIndex(postings)
    const pool = createMatchPool(postings.count)
    const evaluator = createBodyEvaluator(index, pool)
    const [node] = bodyExpressions([{ combineWith: 'AND', queries: [{ combineWith: 'OR', queries: ['grond'] }, { combineWith: 'OR', queries: ['cooperatie'] }] }], index)
    const match = evaluator.evaluate(node!.exact!)
    const expected = fts5Scores('("grond" AND "cooperatie")')
    close(scoresOf(match), expected)
    pool.release(match)
  })

  it('expands a typo to close terms and the last word to its completions', () => {
    const index = createBodyIndex(postings)
    const pool = createMatchPool(postings.count)
    const evaluator = createBodyEvaluator(index, pool)
    const [typo] = bodyExpressions([{ combineWith: 'OR', fuzzy: 1, queries: ['stichtng'] }], index)
    const [prefix] = bodyExpressions([{ combineWith: 'OR', prefix: true, queries: ['erfp'] }], index)
    const docsOf = (e: typeof typo) => {
      const match = evaluator.evaluate(e!.exact!)
      const docs = [...match.docs.subarray(0, match.length)].sort()
      pool.release(match)
      return docs
    }
    expect(docsOf(typo)).toEqual([0, 2])
    expect(docsOf(prefix)).toEqual([3])
  })
})
