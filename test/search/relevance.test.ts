import { describe, expect, it } from 'vitest'
import golden from './golden.json'
import { evaluate, scoreQuery } from './relevance.ts'

// Floors set just under what the engine reaches (see `npm run eval:search`), so a regression shows.
const FLOOR = { mrr: 0.97, recall: 0.98, ndcg: 0.96 }
const CATEGORY_FLOOR = { mrr: 0.9, recall: 0.85 }

describe('search relevance on the real corpus', () => {
  it('has a golden set of at least 60 queries across every category', () => {
    const categories = new Set(golden.queries.map((q) => q.category))

    expect(golden.queries.length).toBeGreaterThanOrEqual(60)
    expect([...categories].sort()).toEqual(['acronym', 'alias', 'compound', 'english', 'exact', 'identifier', 'inflection', 'multiword', 'prefix', 'typo'])
  })

  it('stays above the relevance floors overall and per category', async () => {
    const { overall, byCategory } = await evaluate()

    expect(overall.mrr).toBeGreaterThanOrEqual(FLOOR.mrr)
    expect(overall.recall).toBeGreaterThanOrEqual(FLOOR.recall)
    expect(overall.ndcg).toBeGreaterThanOrEqual(FLOOR.ndcg)
    for (const [name, s] of Object.entries(byCategory)) {
      expect(s.mrr, `${name} MRR@10`).toBeGreaterThanOrEqual(CATEGORY_FLOOR.mrr)
      expect(s.recall, `${name} recall@10`).toBeGreaterThanOrEqual(CATEGORY_FLOOR.recall)
    }
  })
})

describe('relevance metrics', () => {
  it('scores a first-place hit as 1 and a miss as 0', () => {
    expect(scoreQuery(['a', 'b'], ['a'])).toEqual({ mrr: 1, recall: 1, ndcg: 1 })
    expect(scoreQuery(['x', 'y'], ['a'])).toEqual({ mrr: 0, recall: 0, ndcg: 0 })
  })

  it('scores a second-place hit as 1/2 MRR with partial recall for a missing second target', () => {
    const s = scoreQuery(['x', 'a'], ['a', 'b'])

    expect(s.mrr).toBe(0.5)
    expect(s.recall).toBe(0.5)
    expect(s.ndcg).toBeCloseTo(1 / Math.log2(3) / (1 + 1 / Math.log2(3)))
  })
})
