/**
 * Query side of search: runs a query against the loaded index, applies facet filters
 * (OR within a facet, AND across facets) and counts facet values the way users expect:
 * the counts for one facet ignore that facet's own filter, so choosing "energie" does not
 * make the other domains disappear.
 */
import MiniSearch from 'minisearch'
import { editDistance } from '../content/closest.ts'
import { facetNames, type FacetName } from '../content/taxonomy.ts'
import { fold } from './analyze.ts'
import type { SearchArtefact } from './build-index.ts'
import { createSplitter } from './compounds.ts'
import { createIndexOptions, type SearchDocument } from './options.ts'
import { bodyExpressions, createBodyVocabulary } from './body-query.ts'
import { buildQueryNodes } from './query.ts'
import { createRankingContext, leafTerms, matchedTerms, rankMatches, type BodyMatches, type QueryPlan, type RankingContext } from './run-query.ts'
import { createSynonymTable, lexiconGroups } from './synonyms.ts'

export type Filters = Partial<Record<FacetName, string[]>>

export interface SearchRequest {
  q: string
  filters: Filters
  limit: number
  offset: number
  /** Documents to put first when they pass the filters, matched or not (exact identifier hits). */
  pinned?: string[]
  /** When given, only these documents count (a list narrowed by a linked rule). */
  only?: ReadonlySet<string>
  /** Matches in the body index for the planned query (see plan); without them only short fields are searched. */
  body?: BodyMatches
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
  hits: SearchHit[]
  facets: Record<FacetName, Record<string, number>>
}

type Stored = Pick<SearchDocument, 'type' | 'title' | 'title_en' | 'summary'> & Record<string, unknown>

export interface SearchEngine {
  /** Parses a query for this index: its nodes and the FTS5 expressions for the body index. Undefined for an empty query. */
  plan(q: string): QueryPlan | undefined
  search(request: SearchRequest): SearchResponse
  /** The indexed term closest to a word, searching more loosely than a normal query does. */
  closestTerm(word: string): string | undefined
}

export function loadSearchIndex(json: string): SearchEngine {
  const artefact = JSON.parse(json) as SearchArtefact
  const split = createSplitter(artefact.vocabulary)
  const index = MiniSearch.loadJS<SearchDocument>(artefact.index as never, createIndexOptions(split))
  const synonyms = createSynonymTable(lexiconGroups)
  const bodyVocabulary = createBodyVocabulary(artefact.bodyVocabulary)
  const ranking = createRankingContext(index, artefact.bodyIds)
  const plan = (q: string): QueryPlan | undefined => {
    const nodes = buildQueryNodes(q, split, synonyms)
    if (!nodes.length) return undefined
    const bodyExpressionsList: string[] = []
    const bodySlots = bodyExpressions(nodes, bodyVocabulary).map(({ exact, approximate }) => ({
      exact: exact === undefined ? undefined : bodyExpressionsList.push(exact) - 1,
      approximate: approximate === undefined ? undefined : bodyExpressionsList.push(approximate) - 1,
    }))
    return { query: q, nodes, nodeTerms: nodes.map((n) => leafTerms(n)), bodyExpressions: bodyExpressionsList, bodySlots }
  }
  return createEngine(ranking, plan, artefact.vocabulary)
}

function createEngine(ranking: RankingContext, plan: (q: string) => QueryPlan | undefined, vocabulary: readonly string[]): SearchEngine {
  const { index } = ranking
  // Browsing order (no query): rules, then workarounds, then cases, each by title. Fixed, so sorted once.
  let browseOrder: Match[] | undefined
  const browse = () =>
    (browseOrder ??= ranking.bodyIds
      .map((id, i) => ({ id, score: 1, mask: 0, stored: ranking.stored[i] as Stored }))
      .sort((a, b) => typeOrder(a.stored.type) - typeOrder(b.stored.type) || fold(a.stored.title).localeCompare(fold(b.stored.title))))
  return {
    plan,
    closestTerm(word) {
      if (word.length < 3) return undefined
      const limit = word.length >= 7 ? 3 : word.length >= 5 ? 2 : 1
      let best: string | undefined
      let bestDistance = limit + 1
      for (const term of vocabulary) {
        if (Math.abs(term.length - word.length) > limit || term === word) continue
        const distance = editDistance(word, term)
        if (distance < bestDistance) [best, bestDistance] = [term, distance]
      }
      return best
    },
    search({ q, filters, limit, offset, pinned = [], only, body }) {
      const planned = plan(q.trim())
      // A query of stop words only ("de", "van") asks for nothing; an empty query asks for everything.
      let matches: Match[] = planned ? (rankMatches(ranking, planned, body) as Match[]) : q.trim() ? [] : browse()
      if (only) matches = matches.filter((m) => only.has(m.id))
      // Entries citing an identifier in the query come first, even when the words did not match them.
      const pinnedSet = new Set(pinned)
      const pinnedMatches = pinned
        .map((id) => matches.find((m) => m.id === id) ?? storedMatch(index, id))
        .filter((m): m is Match => m !== undefined)
        // Stable: within a type, the order the caller gave (the entry about the identifier first).
        .sort((a, b) => typeOrder(a.stored.type) - typeOrder(b.stored.type))
      if (pinnedMatches.length) matches = [...pinnedMatches, ...matches.filter((m) => !pinnedSet.has(m.id))]

      // Counting is the hot loop of a broad query (every document can match): no closures or
      // arrays per document, and no filter checks when there are no filters.

      const active = facetNames.filter((f) => filters[f]?.length)
      const valuesOf = (stored: Stored, facet: FacetName): readonly string[] => (stored[facet] as string[] | undefined) ?? NONE
      const matchesFacet = (stored: Stored, facet: FacetName) => {
        const wanted = filters[facet]!
        if (facet === 'type') return wanted.includes(stored.type)
        for (const v of valuesOf(stored, facet)) if (wanted.includes(v)) return true
        return false
      }
      const facets = Object.fromEntries(facetNames.map((f) => [f, {} as Record<string, number>])) as SearchResponse['facets']
      const filtered: Match[] = active.length ? [] : matches
      for (const m of matches) {
        // How many active filters this match fails, and which: counts for a facet ignore its own filter.
        let failed = 0
        let failedFacet: FacetName | undefined
        for (const f of active) {
          if (!matchesFacet(m.stored, f)) {
            failed++
            failedFacet = f
          }
        }
        if (failed > 1) continue
        if (failed === 0 && active.length) filtered.push(m)
        for (const facet of facetNames) {
          if (failed === 1 && facet !== failedFacet) continue
          const counts = facets[facet]
          if (facet === 'type') counts[m.stored.type] = (counts[m.stored.type] ?? 0) + 1
          else for (const value of valuesOf(m.stored, facet)) counts[value] = (counts[value] ?? 0) + 1
        }
      }
      // Only the page shown needs ordering; counting and facets needed every match, unordered.
      const leading = pinnedSet.size ? filtered.filter((m) => pinnedSet.has(m.id)) : []
      const rest = pinnedSet.size ? filtered.filter((m) => !pinnedSet.has(m.id)) : filtered
      const ordered = planned ? [...leading, ...topByScore(rest, offset + limit)] : filtered
      const page = ordered.slice(offset, offset + limit)
      return {
        total: filtered.length,
        facets,
        hits: page.map((m) => ({
          type: m.stored.type,
          slug: m.id,
          title: m.stored.title,
          titleEn: (m.stored.title_en as string) || null,
          summary: m.stored.summary,
          score: Math.round(m.score * 1000) / 1000,
          terms: matchedTerms(m, planned),
        })),
      }
    },
  }
}

const NONE: readonly string[] = []

interface Match {
  id: string
  score: number
  stored: Stored
  mask: number
  headTerms?: string[]
}

function storedMatch(index: MiniSearch<SearchDocument>, id: string): Match | undefined {
  const stored = index.getStoredFields(id) as Stored | undefined
  return stored ? { id, score: 0, mask: 0, stored } : undefined
}

/** The best `keep` matches by score, in order. */
function topByScore(rest: Match[], keep: number): Match[] {
  if (rest.length <= keep * 4) return rest.sort((a, b) => b.score - a.score)
  // Partial selection: a score threshold from a sorted sample would be cleverer; a bounded
  // insertion list is simple and fast for the page sizes the API allows.
  const best: Match[] = []
  for (const m of rest) {
    if (best.length === keep && m.score <= best[keep - 1]!.score) continue
    let i = best.length
    while (i > 0 && best[i - 1]!.score < m.score) i--
    best.splice(i, 0, m)
    if (best.length > keep) best.pop()
  }
  return best
}

function typeOrder(type: string): number {
  return type === 'rule' ? 0 : type === 'workaround' ? 1 : 2
}
