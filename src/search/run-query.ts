/**
 * Ranks the matches of a planned query. A document can match in the names index (titles,
 * aliases: names-index.ts) and in the body index (summaries, bodies: postings.ts); both
 * count, the names more. Then:
 * - a document must match every word of a one- or two-word query, and all but one word of a
 *   longer one (so a stray word does not empty the result, and a single shared word does not
 *   flood it); when nothing qualifies, the documents matching the most words count, and the
 *   result says it is partial;
 * - documents matching more of the words rank higher;
 * - rules rank above workarounds above cases for the same match;
 * - an entry whose title or alias is exactly the query comes first: that is the one asked for.
 */
import type { Query } from 'minisearch'
import { queryWords } from './analyze.ts'
import type { BodyEvaluator, BodyExpression, NodeExpressions } from './body-query.ts'
import { buildFacetTable, type FacetTable } from './facet-table.ts'
import type { Match, MatchPool } from './match-pool.ts'
import type { NameExpression, NamesEvaluator } from './names-index.ts'
import { ALIAS_SEPARATOR, typeBoost, type StoredDocument } from './options.ts'

/** The query is the entry's title: that is the entry asked for. */
const EXACT_TITLE_BOOST = 4
/** The query is one of the entry's other names (an alias, the title before a colon). */
const EXACT_ALIAS_BOOST = 2.5
/** Weight of a body match (summaries and bodies) against a names match (field boosts ×3 to ×6). */
const BODY_WEIGHT = 4

/** A query ready to run: its nodes (one per word or phrase) and their body expressions. */
export interface QueryPlan {
  query: string
  nodes: Query[]
  nodeTerms: Set<string>[]
  /** Per node: its expression for the names index. */
  names: NameExpression[]
  /** Per node: its body expressions, for the word as typed and for its compound parts. */
  body: NodeExpressions[]
  /** Per node: its expression for the English index (english.ts), if its words are there. */
  english: (BodyExpression | undefined)[]
}

/** How much a match in the English titles and summaries counts against one in the Dutch summaries and bodies. */
const ENGLISH_WEIGHT = 1

/** How much a match on compound parts counts against a match on the word as typed. */
const APPROXIMATE_WEIGHT = 0.4

/**
 * The documents a query matched, by document number (position in ids), unsorted: the
 * caller filters, counts and picks the page it needs. Per-document values live in arrays
 * indexed by document number, because a common word can match every document.
 */
export interface RankedMatches {
  docs: Int32Array
  score: Float64Array
  /** Query nodes matched, as a bit mask. */
  mask: Int32Array
  /** No document matched enough of the words; `docs` are the best partial matches. */
  partial: boolean
}

/** Analysed terms document `doc` matched, for snippets: asked only for the hits shown. */
export function matchedTerms(ctx: RankingContext, ranked: RankedMatches, doc: number, plan: QueryPlan): string[] {
  const mask = ranked.mask[doc] ?? 0
  const inNames = new Set<string>()
  for (const expression of plan.names) ctx.names.termsOf(expression, doc, inNames)
  const fromNodes = plan.nodeTerms.filter((_, i) => mask & (1 << i)).flatMap((t) => [...t])
  return [...new Set([...inNames, ...fromNodes])]
}

export function leafTerms(node: Query, into = new Set<string>()): Set<string> {
  if (typeof node === 'string') into.add(node)
  else if (typeof node === 'object' && 'queries' in node) for (const q of node.queries) leafTerms(q, into)
  return into
}

const normalize = (text: string) => queryWords(text).join(' ')

/**
 * Entries by the names they are known by, normalised like a query: titles, and other names
 * (the title before a colon or bracket, aliases). Built once per index, so that the exact-name
 * check costs one lookup per query instead of one per candidate.
 */
export interface ExactNames {
  titles: Map<string, Set<string>>
  others: Map<string, Set<string>>
}

export function buildExactNames(documents: Iterable<[id: string, stored: StoredDocument]>): ExactNames {
  const names: ExactNames = { titles: new Map(), others: new Map() }
  const add = (map: Map<string, Set<string>>, name: string, id: string) => {
    const key = normalize(name)
    if (key) (map.get(key) ?? map.set(key, new Set()).get(key)!).add(id)
  }
  for (const [id, stored] of documents) {
    const title = String(stored.title ?? '')
    add(names.titles, title, id)
    add(names.titles, String(stored.title_en ?? ''), id)
    add(names.others, title.split(/[:(–]/)[0]!, id)
    for (const alias of String(stored.aliases ?? '').split(ALIAS_SEPARATOR)) add(names.others, alias, id)
  }
  return names
}

/** What the ranking needs about the documents, prepared once per loaded index. */
export interface RankingContext {
  names: NamesEvaluator
  body: BodyEvaluator
  /** The English titles and summaries, stemmed as English. */
  english: BodyEvaluator
  pool: MatchPool
  /** Entries by their exact names, for the exact-name boost. */
  exactNames: ExactNames
  /** Document ids by document number, the numbering both indexes use. */
  ids: readonly string[]
  /** Document number (position in ids) by id. */
  docNo: ReadonlyMap<string, number>
  /** Stored fields by document number. */
  stored: readonly StoredDocument[]
  /** The kind's boost (registry) by document number. */
  typeBoost: Float64Array
  facets: FacetTable
  /** Per-document arrays reused by every query (see rankMatches). */
  scratch: { headScore: Float64Array; bodyScore: Float64Array; mask: Int32Array; touched: Int32Array; kept: Int32Array }
}

export function createRankingContext(ids: readonly string[], stored: readonly StoredDocument[], evaluators: { names: NamesEvaluator; body: BodyEvaluator; english: BodyEvaluator; pool: MatchPool }): RankingContext {
  return {
    ...evaluators,
    ids,
    stored,
    scratch: { headScore: new Float64Array(ids.length), bodyScore: new Float64Array(ids.length), mask: new Int32Array(ids.length), touched: new Int32Array(ids.length), kept: new Int32Array(ids.length) },
    docNo: new Map(ids.map((id, i) => [id, i])),
    exactNames: buildExactNames(ids.map((id, i) => [id, stored[i]!])),
    typeBoost: Float64Array.from(stored, (fields) => typeBoost(fields.type)),
    facets: buildFacetTable(ids.length, (doc, facet) => (facet === 'type' ? [stored[doc]!.type] : (stored[doc]![facet] ?? []))),
  }
}

const popcount = (mask: number) => {
  let n = 0
  for (let m = mask; m; m &= m - 1) n++
  return n
}

/**
 * Scores every document that matches the plan; unsorted (the caller picks the page it needs).
 * The arrays of the result are the context's own, reused by the next call: read them before
 * ranking again. A fresh set per query would be 28 bytes per document of garbage each time,
 * and large typed arrays are what makes V8 run full collections.
 */
export function rankMatches(ctx: RankingContext, plan: QueryPlan): RankedMatches {
  const { ids } = ctx
  const { nodes } = plan
  // Per document number: head score, body score, and a bit mask of the query nodes it matched.
  // Typed arrays, because a common word can touch every document of a large corpus.
  const { headScore, bodyScore, mask, touched, kept } = ctx.scratch
  headScore.fill(0)
  bodyScore.fill(0)
  mask.fill(0)
  let touchedCount = 0

  /** Adds a match's documents to the ranking, scaled, as matching query node `node`. */
  const add = (match: Match, node: number, into: Float64Array, scale: number) => {
    const bit = 1 << node
    for (let i = 0; i < match.length; i++) {
      const doc = match.docs[i]!
      if (mask[doc] === 0) touched[touchedCount++] = doc
      mask[doc]! |= bit
      into[doc]! += match.score[doc]! * scale
    }
    ctx.pool.release(match)
  }
  plan.names.forEach((expression, i) => add(ctx.names.evaluate(expression), i, headScore, 1))
  // Both indexes score with BM25, so raw scores are comparable; the weight favours the names,
  // as their field boosts do among the names.
  const addBody = (evaluator: BodyEvaluator, expression: BodyExpression | undefined, node: number, weight: number) => {
    if (expression) add(evaluator.evaluate(expression), node, bodyScore, weight * BODY_WEIGHT)
  }
  plan.body.forEach((expressions, i) => {
    addBody(ctx.body, expressions.exact, i, 1)
    addBody(ctx.body, expressions.approximate, i, APPROXIMATE_WEIGHT)
  })
  plan.english.forEach((expression, i) => addBody(ctx.english, expression, i, ENGLISH_WEIGHT))

  const required = nodes.length <= 2 ? nodes.length : nodes.length - 1
  let keptCount = 0
  for (let i = 0; i < touchedCount; i++) if (popcount(mask[touched[i]!]!) >= required) kept[keptCount++] = touched[i]!
  // No document has enough of the words: the best partial matches, those that have the most.
  const partial = keptCount === 0 && touchedCount > 0
  if (partial) {
    let best = 0
    for (let i = 0; i < touchedCount; i++) best = Math.max(best, popcount(mask[touched[i]!]!))
    for (let i = 0; i < touchedCount; i++) if (popcount(mask[touched[i]!]!) >= best) kept[keptCount++] = touched[i]!
  }
  const docs = kept.subarray(0, keptCount)
  const wanted = normalize(plan.query)
  const exactTitle = ctx.exactNames.titles.get(wanted)
  const exactOther = ctx.exactNames.others.get(wanted)
  const score = headScore // reused: the head score is not needed once combined
  for (const doc of docs) {
    const id = ids[doc]!
    const coordination = (popcount(mask[doc]!) / nodes.length) ** 2
    const exact = exactTitle?.has(id) ? EXACT_TITLE_BOOST : exactOther?.has(id) ? EXACT_ALIAS_BOOST : 1
    score[doc] = (headScore[doc]! + bodyScore[doc]!) * coordination * exact * ctx.typeBoost[doc]!
  }
  return { docs, score, mask, partial }
}
