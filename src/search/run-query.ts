/**
 * Runs a query tree against the index and ranks the matches:
 * - a document must match every word of a one- or two-word query, and all but one word of a
 *   longer one (so a stray word does not empty the result, and a single shared word does not
 *   flood it); when nothing qualifies, any match counts;
 * - documents matching more of the words rank higher;
 * - an entry whose title or alias is exactly the query comes first: that is the one asked for.
 */
import type MiniSearch from 'minisearch'
import type { Query, SearchResult } from 'minisearch'
import { queryWords } from './analyze.ts'
import type { Splitter } from './compounds.ts'
import { ALIAS_SEPARATOR, FIELD_BOOST, TYPE_BOOST, type SearchDocument } from './options.ts'
import { buildQueryNodes } from './query.ts'
import type { SynonymTable } from './synonyms.ts'

const EXACT_NAME_BOOST = 4

const rootOptions = {
  boost: FIELD_BOOST,
  boostDocument: (_id: unknown, _term: string, stored?: Record<string, unknown>) => TYPE_BOOST[stored?.type as SearchDocument['type']] ?? 1,
}

function leafTerms(node: Query, into = new Set<string>()): Set<string> {
  if (typeof node === 'string') into.add(node)
  else if (typeof node === 'object' && 'queries' in node) for (const q of node.queries) leafTerms(q, into)
  return into
}

const normalize = (text: string) => queryWords(text).join(' ')

/** The names an entry is known by: its titles, the title before a colon or bracket, its aliases. */
function namesOf(stored: Record<string, unknown>): string[] {
  const title = String(stored.title ?? '')
  const names = [title, title.split(/[:(–]/)[0]!, String(stored.title_en ?? ''), ...String(stored.aliases ?? '').split(ALIAS_SEPARATOR)]
  return names.map(normalize).filter(Boolean)
}

export function runQuery(index: MiniSearch<SearchDocument>, query: string, split: Splitter, synonyms: SynonymTable): SearchResult[] {
  const nodes = buildQueryNodes(query, split, synonyms)
  if (!nodes.length) return []
  const nodeTerms = nodes.map((n) => leafTerms(n))
  const results = index.search({ ...rootOptions, combineWith: 'OR', queries: nodes })
  const matched = (r: SearchResult) => nodeTerms.filter((terms) => r.queryTerms.some((t) => terms.has(t))).length
  const required = nodes.length <= 2 ? nodes.length : nodes.length - 1
  const counted = results.map((r) => ({ r, n: matched(r) }))
  const qualifying = counted.filter((c) => c.n >= required)
  const kept = qualifying.length ? qualifying : counted
  const wanted = normalize(query)
  for (const c of kept) {
    // MiniSearch multiplies by the number of matched query terms; synonyms and compound parts
    // would inflate that, so count matched words (nodes) instead.
    const coordination = (c.n / nodes.length) ** 2 / Math.max(1, c.r.queryTerms.length)
    const exact = namesOf(c.r as unknown as Record<string, unknown>).includes(wanted) ? EXACT_NAME_BOOST : 1
    c.r.score *= coordination * exact
  }
  return kept.map((c) => c.r).sort((a, b) => b.score - a.score)
}
