/**
 * The MiniSearch configuration behind the anchor numbers in issue 4 and search-bench.md
 * ("ms-fold"): boosts, prefix and fuzzy 0.2 on every term, AND, diacritics folded. It lets
 * this run be compared with the research runs on the same machine.
 */
import { buildMiniSearch } from './minisearch.ts'
import type { BenchEngine } from './types.ts'

const fold = (term: string) => term.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()

export const miniSearchAnchorEngine: BenchEngine = {
  name: 'ms-fold',
  description: 'MiniSearch as in search-bench.md "ms-fold": boost title 3, summary 2; prefix; fuzzy 0.2; AND; folded',
  build: (docs, options = {}) =>
    buildMiniSearch(
      docs,
      { fields: ['title', 'summary', 'body', 'tags'], processTerm: fold },
      { boost: { title: 3, summary: 2 }, prefix: true, fuzzy: 0.2, combineWith: 'AND' },
      options,
    ),
}
