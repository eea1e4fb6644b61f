/**
 * Turns a query tree (query.ts) into SQLite FTS5 MATCH expressions for the body index,
 * one per query word, so that the ranking can tell which words a document matched. Fuzzy
 * leaves are expanded with close terms from the body vocabulary, because FTS5 itself only
 * knows exact terms and prefixes.
 */
import type { Query } from 'minisearch'
import SearchableMap from 'minisearch/SearchableMap'

/** The most variants one fuzzy word may expand to; more only adds noise and time. */
const MAX_VARIANTS = 12

export type BodyVocabulary = SearchableMap<number>

export function createBodyVocabulary(terms: readonly string[]): BodyVocabulary {
  const map = new SearchableMap<number>()
  for (const term of terms) map.set(term, 1)
  return map
}

const quote = (term: string) => `"${term.replaceAll('"', '""')}"`

/**
 * Which part of a node to express: `exact` leaves out the approximate alternatives (compound
 * parts), `approximate` keeps only those, `all` is everything (inside an approximate subtree).
 */
type Mode = 'exact' | 'approximate' | 'all'

function expression(node: Query, vocabulary: BodyVocabulary, mode: Mode): string | undefined {
  if (typeof node !== 'object' || !('queries' in node)) return undefined
  if ((node as { approximate?: boolean }).approximate) {
    if (mode === 'exact') return undefined
    mode = 'all'
  }
  const isLeaf = node.queries.length === 1 && typeof node.queries[0] === 'string'
  if (isLeaf) {
    if (mode === 'approximate') return undefined
    const term = node.queries[0] as string
    const fuzzy = typeof node.fuzzy === 'number' ? node.fuzzy : 0
    const variants = new Set([term])
    if (fuzzy >= 1) {
      const close = [...vocabulary.fuzzyGet(term, fuzzy)].sort((a, b) => a[1][1] - b[1][1]).slice(0, MAX_VARIANTS)
      for (const [variant] of close) variants.add(variant)
    }
    const parts = [...variants].map(quote)
    if (node.prefix === true) parts.push(`${quote(term)}*`)
    return parts.length === 1 ? parts[0] : `(${parts.join(' OR ')})`
  }
  const children = node.queries.map((q) => expression(q, vocabulary, mode))
  if (node.combineWith === 'AND') {
    // Every part must be there; in approximate mode, at least one part must be approximate.
    if (children.some((c) => c === undefined)) {
      if (mode !== 'approximate') return undefined
      const full = node.queries.map((q) => expression(q, vocabulary, 'all'))
      if (full.some((c) => c === undefined) || children.every((c) => c === undefined)) return undefined
      return `(${(full as string[]).join(' AND ')})`
    }
    return children.length === 1 ? children[0] : `(${(children as string[]).join(' AND ')})`
  }
  const present = children.filter((c): c is string => c !== undefined)
  if (!present.length) return undefined
  return present.length === 1 ? present[0] : `(${present.join(' OR ')})`
}

/** Per query node, the body expressions: the words as typed, and (if any) their compound parts, scored apart. */
export interface NodeExpressions {
  exact: string | undefined
  approximate: string | undefined
}

export function bodyExpressions(nodes: readonly Query[], vocabulary: BodyVocabulary): NodeExpressions[] {
  return nodes.map((n) => ({ exact: expression(n, vocabulary, 'exact'), approximate: expression(n, vocabulary, 'approximate') }))
}
