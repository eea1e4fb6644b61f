/**
 * Relevance evaluation against the golden set: MRR@10, recall@10 and nDCG@10, overall and
 * per category. Runs the search exactly as the API does (identifier pinning included).
 */
import golden from './golden.json'
import { createEntriesRepository } from '../../src/db/entries.repository.ts'
import { DEFAULT_LIMIT } from '../../src/routes/search-params.ts'
import { runSearch } from '../../src/services/search.ts'
import { createTestDeps, REPO_ROOT } from '../helpers/create-test-app.ts'

export interface Scores {
  mrr: number
  recall: number
  ndcg: number
  count: number
}

export interface QueryResult {
  q: string
  category: string
  relevant: string[]
  top: string[]
  scores: Omit<Scores, 'count'>
}

const K = 10

export function scoreQuery(top: string[], relevant: string[]): Omit<Scores, 'count'> {
  const ranks = relevant.map((slug) => top.indexOf(slug)).filter((r) => r >= 0 && r < K)
  const first = ranks.length ? Math.min(...ranks) : -1
  const dcg = ranks.reduce((sum, r) => sum + 1 / Math.log2(r + 2), 0)
  const ideal = relevant.slice(0, K).reduce((sum, _, i) => sum + 1 / Math.log2(i + 2), 0)
  return { mrr: first >= 0 ? 1 / (first + 1) : 0, recall: ranks.length / relevant.length, ndcg: ideal ? dcg / ideal : 0 }
}

function mean(results: QueryResult[]): Scores {
  const n = results.length || 1
  const sum = (k: keyof Omit<Scores, 'count'>) => results.reduce((s, r) => s + r.scores[k], 0) / n
  return { mrr: sum('mrr'), recall: sum('recall'), ndcg: sum('ndcg'), count: results.length }
}

export async function evaluate(): Promise<{ overall: Scores; byCategory: Record<string, Scores>; results: QueryResult[] }> {
  const deps = await createTestDeps(REPO_ROOT)
  const entries = createEntriesRepository(deps.db)
  const results: QueryResult[] = []
  for (const { q, category, relevant } of golden.queries) {
    const outcome = await runSearch(deps.search, entries, { q, filters: {}, limit: Math.max(K, DEFAULT_LIMIT), offset: 0 })
    const top = outcome.results.map((r) => r.slug).slice(0, K)
    results.push({ q, category, relevant, top, scores: scoreQuery(top, relevant) })
  }
  const categories = [...new Set(results.map((r) => r.category))]
  return { overall: mean(results), byCategory: Object.fromEntries(categories.map((c) => [c, mean(results.filter((r) => r.category === c))])), results }
}
