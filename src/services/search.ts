/**
 * A search as the pages and the API see it: index results, with entries that cite a legal
 * identifier in the query (an ECLI, a BWB id, "art. 4:51 Awb") put first, and a snippet per hit.
 */
import type { EntriesRepository } from '../db/entries.repository.ts'
import type { SearchEngine, SearchHit, SearchResponse } from '../search/engine.ts'
import { findIdentifiers } from '../search/identifiers.ts'
import { makeSnippet } from '../search/snippet.ts'
import { tokenize } from '../search/analyze.ts'
import type { SearchParams } from '../search/params.ts'

export interface SearchResultItem extends SearchHit {
  snippet: string | null
}

export interface SearchOutcome extends Omit<SearchResponse, 'hits'> {
  results: SearchResultItem[]
}

export async function runSearch(engine: SearchEngine, entries: EntriesRepository, params: SearchParams): Promise<SearchOutcome> {
  const identifiers = findIdentifiers(params.q)
  const cited = new Set<string>()
  for (const id of identifiers) for (const hit of await entries.findByIdentifier(id.identifier, id.article)) cited.add(hit.slug)

  const response = engine.search({ ...params, pinned: [...cited] })
  const hits = response.hits
  const texts = await entries.findTexts(hits.map((h) => h.slug))
  const queryTerms = tokenize(params.q)
  return {
    total: response.total,
    partial: response.partial,
    facets: response.facets,
    results: hits.map((h) => ({
      ...h,
      snippet: params.q ? makeSnippet(texts.get(h.slug) ?? '', [...new Set([...h.terms, ...queryTerms])]) : null,
    })),
  }
}
