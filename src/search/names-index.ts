/**
 * The names index: titles, English titles and aliases, per field the documents that contain
 * each term and how often, in flat typed arrays. It scores exactly as the MiniSearch index it
 * replaced (BM25+ per field with MiniSearch's defaults, field boosts, prefix and typo weights;
 * test/search/names-index.test.ts holds the two side by side), without MiniSearch's result
 * object per matched document: at 10,000 documents a common word matches thousands of titles,
 * and building, merging and sorting those objects was the slowest part of a search.
 * MiniSearch's radix tree still finds the prefix and typo expansions.
 */
import type { Query } from 'minisearch'
import SearchableMap from 'minisearch/SearchableMap'
import { tokenize } from './analyze.ts'
import { decodeUint16, decodeUint32, encodeArray, base64ToBytes, bytesToBase64 } from './base64.ts'
import type { Splitter } from './compounds.ts'
import type { Match, MatchPool } from './match-pool.ts'
import { decodeDocs, docWidthFor, encodeDocs, flattenPostings, lengthNorms } from './postings.ts'
import { analyzeWord, type SearchDocument } from './options.ts'

export const NAME_FIELDS = ['title', 'title_en', 'aliases'] as const
type NameField = (typeof NAME_FIELDS)[number]

// MiniSearch's defaults: BM25+ parameters, and the weights of prefix and typo expansions.
const K = 1.2
const B = 0.7
const D = 0.5
const PREFIX_WEIGHT = 0.375
const FUZZY_WEIGHT = 0.45

interface FieldArtefact {
  /** Base64 Uint32, one more than terms: postings of term t are start[t] … start[t + 1] − 1. */
  start: string
  /** Base64 document numbers, ascending per term, as varint gaps (postings.ts, encodeDocs). */
  docs: string
  /** Base64 Uint8 per posting: occurrences of the term, at most 255. */
  counts: string
  /** Base64 Uint16 per document: distinct words in the field, MiniSearch's field length. */
  lengths: string
}

export interface NamesArtefact {
  terms: string[]
  docWidth: 2 | 4
  fields: Record<NameField, FieldArtefact>
}

/** Builds the names index of the documents, in document order, analysed as MiniSearch was configured to. */
export function buildNamesIndex(documents: readonly SearchDocument[], split: Splitter): NamesArtefact {
  const perField = NAME_FIELDS.map((field) => {
    const byTerm = new Map<string, number[]>()
    const lengths = new Uint16Array(documents.length)
    documents.forEach((document, doc) => {
      const tokens = tokenize(document[field])
      lengths[doc] = Math.min(new Set(tokens).size, 0xffff)
      const counts = new Map<string, number>()
      for (const token of tokens) {
        const processed = analyzeWord(token, split)
        for (const term of Array.isArray(processed) ? processed : processed ? [processed] : []) counts.set(term, (counts.get(term) ?? 0) + 1)
      }
      for (const [term, count] of counts) (byTerm.get(term) ?? byTerm.set(term, []).get(term)!).push(doc, Math.min(count, 255))
    })
    return { byTerm, lengths }
  })
  const terms = [...new Set(perField.flatMap((f) => [...f.byTerm.keys()]))].sort()
  const fields = Object.fromEntries(
    NAME_FIELDS.map((field, f) => {
      const { byTerm, lengths } = perField[f]!
      const flat = flattenPostings(terms, byTerm, documents.length)
      return [field, { start: encodeArray(flat.start), docs: encodeDocs(flat.start, flat.docs), counts: bytesToBase64(flat.values), lengths: encodeArray(lengths) }]
    }),
  ) as Record<NameField, FieldArtefact>
  return { terms, docWidth: docWidthFor(documents.length), fields }
}

interface FieldPostings {
  start: Uint32Array
  docs: Uint16Array | Uint32Array
  counts: Uint8Array
  /** Per document, BM25's length normalisation k · (1 − b + b · length / average length). */
  norm: Float64Array
}

export interface NamesIndex {
  terms: readonly string[]
  count: number
  /** Term number by term, searchable by prefix and edit distance. */
  vocabulary: SearchableMap<number>
  fields: FieldPostings[]
}

export function loadNamesIndex(artefact: NamesArtefact): NamesIndex {
  const vocabulary = new SearchableMap<number>()
  artefact.terms.forEach((term, t) => vocabulary.set(term, t))
  let count = 0
  const fields = NAME_FIELDS.map((field) => {
    const a = artefact.fields[field]
    const lengths = decodeUint16(a.lengths)
    count = lengths.length
    const norm = lengthNorms(lengths, K, B)
    const start = decodeUint32(a.start)
    return { start, docs: decodeDocs(a.docs, start, artefact.docWidth), counts: base64ToBytes(a.counts), norm }
  })
  return { terms: artefact.terms, count, vocabulary, fields }
}

/** A compiled query part: the terms a word stands for with their weights and the field boosts, or a combination. */
export type NameExpression = { terms: { t: number; weight: number }[]; boosts: number[] } | { and: NameExpression[] } | { or: NameExpression[] }

interface Options {
  boost?: Partial<Record<string, number>>
  fuzzy?: number | boolean
  maxFuzzy?: number
  prefix?: boolean
  combineWith?: string
}

/** Compiles a query tree (query.ts) as MiniSearch reads it: a node's options hold for its subtree unless a child sets its own. */
export function compileNames(node: Query, index: NamesIndex, inherited: Options = {}): NameExpression {
  if (typeof node === 'string') return leaf(node, index, inherited)
  const { queries, ...own } = node as Options & { queries: Query[] }
  const options = { ...inherited, ...own }
  const parts = queries.map((q) => compileNames(q, index, options))
  return String(options.combineWith ?? 'OR').toUpperCase() === 'AND' ? { and: parts } : { or: parts }
}

function leaf(term: string, index: NamesIndex, options: Options): NameExpression {
  const { vocabulary } = index
  const terms: { t: number; weight: number }[] = []
  const exact = vocabulary.get(term)
  if (exact !== undefined) terms.push({ t: exact, weight: 1 })
  const prefixed = new Set<string>()
  if (options.prefix === true) {
    for (const [derived, t] of vocabulary.atPrefix(term)) {
      const distance = derived.length - term.length
      if (!distance) continue
      prefixed.add(derived)
      terms.push({ t, weight: (PREFIX_WEIGHT * derived.length) / (derived.length + 0.3 * distance) })
    }
  }
  const fuzzy = options.fuzzy === true ? 0.2 : options.fuzzy || 0
  const maxDistance = fuzzy < 1 ? Math.min(options.maxFuzzy ?? 6, Math.round(term.length * fuzzy)) : fuzzy
  if (maxDistance) {
    for (const [derived, [t, distance]] of vocabulary.fuzzyGet(term, maxDistance)) {
      if (!distance || prefixed.has(derived)) continue
      terms.push({ t, weight: (FUZZY_WEIGHT * derived.length) / (derived.length + distance) })
    }
  }
  return { terms, boosts: NAME_FIELDS.map((field) => options.boost?.[field] || 1) }
}

/** Evaluates compiled name expressions into matches from the pool. */
export function createNamesEvaluator(index: NamesIndex, pool: MatchPool) {
  const { count, fields } = index
  function evaluate(expression: NameExpression): Match {
    if ('and' in expression) return pool.and(expression.and.map(evaluate))
    if ('or' in expression) return pool.or(expression.or.map(evaluate))
    const match = pool.empty()
    const { score } = match
    for (const { t, weight } of expression.terms) {
      fields.forEach(({ start, docs, counts, norm }, f) => {
        const from = start[t]!
        const to = start[t + 1]!
        if (from === to) return
        const hits = to - from
        const idf = Math.log(1 + (count - hits + 0.5) / (hits + 0.5))
        const factor = weight * expression.boosts[f]! * idf
        for (let i = from; i < to; i++) {
          const d = docs[i]!
          const tf = counts[i]!
          if (score[d] === 0) match.docs[match.length++] = d
          score[d]! += factor * (D + (tf * (K + 1)) / (tf + norm[d]!))
        }
      })
    }
    return match
  }

  /**
   * The terms of an expression that document `doc` matched in its names, for highlighting;
   * as MiniSearch reports them, the terms of a combination only when it matched as a whole.
   */
  function termsOf(expression: NameExpression, doc: number, into = new Set<string>()): Set<string> {
    const found = new Set<string>()
    if (matchedTerms(expression, doc, found)) for (const term of found) into.add(term)
    return into
  }
  function matchedTerms(expression: NameExpression, doc: number, into: Set<string>): boolean {
    if ('terms' in expression) {
      let matched = false
      for (const { t } of expression.terms) {
        if (fields.some((field) => contains(field, t, doc))) {
          into.add(index.terms[t]!)
          matched = true
        }
      }
      return matched
    }
    if ('or' in expression) return expression.or.map((part) => matchedTerms(part, doc, into)).some(Boolean)
    const found = new Set<string>()
    if (!expression.and.every((part) => matchedTerms(part, doc, found))) return false
    for (const term of found) into.add(term)
    return true
  }

  return { evaluate, termsOf }
}

export type NamesEvaluator = ReturnType<typeof createNamesEvaluator>

/** Whether term t's postings in a field hold document `doc` (binary search: they are ascending). */
function contains({ start, docs }: FieldPostings, t: number, doc: number): boolean {
  let lo = start[t]!
  let hi = start[t + 1]! - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const d = docs[mid]!
    if (d === doc) return true
    if (d < doc) lo = mid + 1
    else hi = mid - 1
  }
  return false
}
