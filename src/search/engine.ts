/**
 * Query side of search: plans a query, ranks its matches (run-query.ts), filters and counts
 * facets (facet-table.ts), and orders only the page asked for. Documents are handled by
 * number, not as objects, until the page is built: a common word can match every document.
 */
import { editDistanceWithin } from '../content/closest.ts'
import type { FacetName } from '../content/taxonomy.ts'
import { fold } from './analyze.ts'
import { SEARCH_FORMAT, type SearchArtefact } from './build-index.ts'
import { createSplitter } from './compounds.ts'
import { FIELD_BOOST, typeOrder, type SearchDocument } from './options.ts'
import { createMatchPool } from './match-pool.ts'
import { compileNames, createNamesEvaluator, loadNamesIndex } from './names-index.ts'
import { bodyExpressions, createBodyEvaluator, createBodyIndex } from './body-query.ts'
import { loadPostings } from './postings.ts'
import { buildQueryParts } from './query.ts'
import { englishExpressions } from './english.ts'
import { filterAndCount, type Filters } from './facet-table.ts'
import { createRankingContext, leafTerms, matchedTerms, rankMatches, type QueryPlan, type RankingContext } from './run-query.ts'
import { createSynonymTable, lexiconGroups } from './synonyms.ts'

export type { Filters }

export interface SearchRequest {
  q: string
  filters: Filters
  limit: number
  offset: number
  /** Documents to put first when they pass the filters, matched or not (exact identifier hits). */
  pinned?: string[]
  /** When given, only these documents count (a list narrowed by a linked rule). */
  only?: ReadonlySet<string>
}

export interface SearchHit {
  type: SearchDocument['type']
  slug: string
  title: string
  titleEn: string | null
  summary: string
  score: number
  /** Folded index terms that matched, for snippets and highlighting. */
  terms: string[]
}

export interface SearchResponse {
  total: number
  /** No entry matched all (or all but one) of the words: these are the best partial matches. */
  partial: boolean
  hits: SearchHit[]
  facets: Record<FacetName, Record<string, number>>
}

export interface SearchEngine {
  search(request: SearchRequest): SearchResponse
  /** The indexed term closest to a word, searching more loosely than a normal query does. */
  closestTerm(word: string): string | undefined
}

export function loadSearchIndex(json: string): SearchEngine {
  const artefact = JSON.parse(json) as SearchArtefact
  if (artefact.format !== SEARCH_FORMAT) throw new Error(`search index format ${artefact.format}, expected ${SEARCH_FORMAT}: run npm run build`)
  const split = createSplitter(artefact.vocabulary)
  const synonyms = createSynonymTable(lexiconGroups)
  const namesIndex = loadNamesIndex(artefact.names)
  const bodyIndex = createBodyIndex(loadPostings(artefact.postings))
  const englishIndex = createBodyIndex(loadPostings(artefact.english))
  const pool = createMatchPool(artefact.ids.length)
  const ranking = createRankingContext(artefact.ids, artefact.documents, {
    names: createNamesEvaluator(namesIndex, pool),
    body: createBodyEvaluator(bodyIndex, pool),
    english: createBodyEvaluator(englishIndex, pool),
    pool,
  })
  const plan = (q: string): QueryPlan | undefined => {
    const parts = buildQueryParts(q, split, synonyms)
    const nodes = parts.map((part) => part.node)
    if (!nodes.length) return undefined
    return {
      query: q,
      nodes,
      nodeTerms: nodes.map((n) => leafTerms(n)),
      names: nodes.map((n) => compileNames(n, namesIndex, { boost: FIELD_BOOST })),
      body: bodyExpressions(nodes, bodyIndex),
      english: englishExpressions(parts, englishIndex),
    }
  }
  return createEngine(ranking, plan, artefact.vocabulary)
}

function createEngine(ranking: RankingContext, plan: (q: string) => QueryPlan | undefined, vocabulary: readonly string[]): SearchEngine {
  const { ids, docNo, stored } = ranking
  const storedOf = (doc: number) => stored[doc]!
  // Browsing order (no query): rules, then workarounds, then cases, each by title. Fixed, so sorted once.
  let browseOrder: number[] | undefined
  const browse = () =>
    (browseOrder ??= ids
      .map((_, doc) => doc)
      .sort((a, b) => typeOrder(storedOf(a).type) - typeOrder(storedOf(b).type) || fold(storedOf(a).title).localeCompare(fold(storedOf(b).title))))
  const browseScores = new Float64Array(ids.length).fill(1)
  return {
    closestTerm(word) {
      if (word.length < 3) return undefined
      const limit = word.length >= 7 ? 3 : word.length >= 5 ? 2 : 1
      let best: string | undefined
      let bestDistance = limit + 1
      for (const term of vocabulary) {
        if (Math.abs(term.length - word.length) > limit || term === word) continue
        const distance = editDistanceWithin(word, term, bestDistance - 1)
        if (distance < bestDistance) [best, bestDistance] = [term, distance]
      }
      return best
    },
    search({ q, filters, limit, offset, pinned = [], only }) {
      const planned = plan(q.trim())
      // A query of stop words only ("de", "van") asks for nothing; an empty query asks for everything.
      const ranked = planned ? rankMatches(ranking, planned) : undefined
      let docs: readonly number[] | Int32Array = ranked ? ranked.docs : q.trim() ? [] : browse()
      const score = ranked?.score ?? browseScores
      if (only) docs = Array.from(docs).filter((doc) => only.has(ids[doc]!))
      // Entries citing an identifier in the query come first, even when the words did not match
      // them; stable within a type, in the order the caller gave (the entry about the identifier first).
      const pinnedDocs = [...new Set(pinned)]
        .map((id) => docNo.get(id))
        .filter((doc): doc is number => doc !== undefined)
        .sort((a, b) => typeOrder(storedOf(a).type) - typeOrder(storedOf(b).type))
      const isPinned = new Set(pinnedDocs)
      const unmatched = new Set(pinnedDocs)
      if (pinnedDocs.length) {
        for (const doc of docs) unmatched.delete(doc)
        docs = [...docs, ...unmatched]
      }

      const { passed, facets } = filterAndCount(ranking.facets, docs, filters)
      // Only the page shown needs ordering; counting and facets needed every match, unordered.
      // Only a query citing an identifier pins anything; the others skip these passes over every match.
      const rest = isPinned.size ? passed.filter((doc) => !isPinned.has(doc)) : passed
      const passedPinned = isPinned.size ? new Set(passed.filter((doc) => isPinned.has(doc))) : isPinned
      const leading = pinnedDocs.filter((doc) => passedPinned.has(doc))
      const ordered = planned ? [...leading, ...topByScore(rest, score, offset + limit)] : [...leading, ...rest]
      const page = ordered.slice(offset, offset + limit)
      return {
        total: passed.length,
        // Entries citing an identifier in the query answer it, whatever its other words matched.
        partial: (ranked?.partial ?? false) && !leading.length,
        facets,
        hits: page.map((doc) => {
          const fields = storedOf(doc)
          return {
            type: fields.type,
            slug: ids[doc]!,
            title: fields.title,
            titleEn: fields.title_en || null,
            summary: fields.summary,
            score: unmatched.has(doc) ? 0 : Math.round(score[doc]! * 1000) / 1000,
            terms: ranked && planned ? matchedTerms(ranking, ranked, doc, planned) : [],
          }
        }),
      }
    },
  }
}

/** The best `keep` documents by score, in order. */
function topByScore(docs: number[], score: Float64Array, keep: number): number[] {
  const byScore = (a: number, b: number) => score[b]! - score[a]!
  if (docs.length <= keep * 4) return [...docs].sort(byScore)
  // A bounded insertion list: simple, and fast for the page sizes the API allows.
  const best: number[] = []
  for (const doc of docs) {
    const s = score[doc]!
    if (best.length === keep && s <= score[best[keep - 1]!]!) continue
    let i = best.length
    while (i > 0 && score[best[i - 1]!]! < s) i--
    best.splice(i, 0, doc)
    if (best.length > keep) best.pop()
  }
  return best
}
