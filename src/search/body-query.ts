/**
 * Matches a query tree (query.ts) against the body index (postings.ts), one result per query
 * word, so that the ranking can tell which words a document matched. Fuzzy leaves expand to
 * close terms of the body vocabulary and the last word's prefix to the terms it starts,
 * both found in a radix tree of the vocabulary.
 */
import type { Query } from 'minisearch'
import SearchableMap from 'minisearch/SearchableMap'
import type { Match, MatchPool } from './match-pool.ts'
import { documentFrequency, scorePhrase, type Postings } from './postings.ts'

/** The most variants one fuzzy word may expand to; more only adds noise and time. */
const MAX_VARIANTS = 12
/** The most terms a prefix stands for: the most common ones, the likeliest completions. */
const MAX_PREFIX_TERMS = 64

/** A compiled body expression: phrases (lists of term numbers) of a leaf, or a combination. */
export type BodyExpression = { phrases: number[][] } | { and: BodyExpression[] } | { or: BodyExpression[] }

/** Per query node, the body expressions: the words as typed, and (if any) their compound parts, scored apart. */
export interface NodeExpressions {
  exact: BodyExpression | undefined
  approximate: BodyExpression | undefined
}

export interface BodyIndex {
  postings: Postings
  /** Term number by term, searchable by prefix and edit distance. */
  vocabulary: SearchableMap<number>
}

export function createBodyIndex(postings: Postings): BodyIndex {
  const vocabulary = new SearchableMap<number>()
  postings.terms.forEach((term, t) => vocabulary.set(term, t))
  return { postings, vocabulary }
}

/**
 * Which part of a node to express: `exact` leaves out the approximate alternatives (compound
 * parts), `approximate` keeps only those, `all` is everything (inside an approximate subtree).
 */
type Mode = 'exact' | 'approximate' | 'all'

function leafPhrases(node: { queries: Query[]; fuzzy?: unknown; prefix?: unknown }, index: BodyIndex): number[][] {
  const term = node.queries[0] as string
  const { vocabulary, postings } = index
  const variants = new Set<number>()
  const own = vocabulary.get(term)
  if (own !== undefined) variants.add(own)
  const fuzzy = typeof node.fuzzy === 'number' ? node.fuzzy : 0
  if (fuzzy >= 1) {
    const close = [...vocabulary.fuzzyGet(term, fuzzy)].sort((a, b) => a[1][1] - b[1][1]).slice(0, MAX_VARIANTS)
    for (const [, [t]] of close) variants.add(t)
  }
  const phrases = [...variants].map((t) => [t])
  if (node.prefix === true) {
    const completions = [...vocabulary.atPrefix(term).values()]
    if (completions.length > MAX_PREFIX_TERMS) completions.sort((a, b) => documentFrequency(postings, b) - documentFrequency(postings, a)).length = MAX_PREFIX_TERMS
    if (completions.length) phrases.push(completions)
  }
  return phrases
}

function compile(node: Query, index: BodyIndex, mode: Mode): BodyExpression | undefined {
  if (typeof node !== 'object' || !('queries' in node)) return undefined
  if ((node as { approximate?: boolean }).approximate) {
    if (mode === 'exact') return undefined
    mode = 'all'
  }
  const isLeaf = node.queries.length === 1 && typeof node.queries[0] === 'string'
  if (isLeaf) return mode === 'approximate' ? undefined : { phrases: leafPhrases(node, index) }
  const children = node.queries.map((q) => compile(q, index, mode))
  if (node.combineWith === 'AND') {
    // Every part must be there; in approximate mode, at least one part must be approximate.
    if (children.some((c) => c === undefined)) {
      if (mode !== 'approximate') return undefined
      const full = node.queries.map((q) => compile(q, index, 'all'))
      if (full.some((c) => c === undefined) || children.every((c) => c === undefined)) return undefined
      return { and: full as BodyExpression[] }
    }
    return children.length === 1 ? children[0] : { and: children as BodyExpression[] }
  }
  const present = children.filter((c): c is BodyExpression => c !== undefined)
  if (!present.length) return undefined
  return present.length === 1 ? present[0] : { or: present }
}

export function bodyExpressions(nodes: readonly Query[], index: BodyIndex): NodeExpressions[] {
  return nodes.map((n) => ({ exact: compile(n, index, 'exact'), approximate: compile(n, index, 'approximate') }))
}

/** Evaluates body expressions into matches from the pool; give each back with `pool.release`. */
export function createBodyEvaluator(index: BodyIndex, pool: MatchPool) {
  const { postings } = index
  function evaluate(expression: BodyExpression): Match {
    if ('phrases' in expression) {
      const match = pool.empty()
      const scratch = pool.empty()
      for (const phrase of expression.phrases) scorePhrase(postings, phrase, match, scratch)
      pool.release(scratch)
      return match
    }
    return 'and' in expression ? pool.and(expression.and.map(evaluate)) : pool.or(expression.or.map(evaluate))
  }
  return { evaluate }
}

export type BodyEvaluator = ReturnType<typeof createBodyEvaluator>
