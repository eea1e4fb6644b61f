/**
 * The body index: for every analysed term of the summaries and bodies, the documents that
 * contain it and how often, in flat typed arrays. Scored with BM25 exactly as SQLite FTS5
 * computes it (k1 1.2, b 0.75, a summary hit counting double), so it ranks like the FTS5
 * table it replaced — but a common word that matches every document costs a loop over
 * one array instead of a database round trip (see README, Zoeken).
 */
import { decodeUint32, encodeArray, base64ToBytes, bytesToBase64 } from './base64.ts'
import type { Match } from './match-pool.ts'

/** A summary hit counts this many body hits, as FTS5's column weight did. */
export const SUMMARY_WEIGHT = 2
const K1 = 1.2
const B = 0.75
/** Weighted hits per document and term are stored in one byte. */
const MAX_WEIGHT = 255

export interface PostingsArtefact {
  /** Analysed terms, sorted; a term's number is its position. */
  terms: string[]
  /** Base64 Uint32, one more than terms: the postings of term t are start[t] … start[t + 1] − 1. */
  start: string
  /** Base64 document numbers, ascending per term, as gaps in varints (see encodeDocs). */
  docs: string
  /** Bytes per document number once decoded: 2 up to 65,536 documents, else 4. */
  docWidth: 2 | 4
  /** Base64 Uint8 per posting: body hits + SUMMARY_WEIGHT × summary hits, at most 255. */
  weights: string
  /** Base64 Uint32 per document: its number of summary and body terms. */
  lengths: string
}

/** Builds the body index from each document's analysed summary and body terms, in document order. */
export function buildPostings(documents: readonly { summary: readonly string[]; body: readonly string[] }[]): PostingsArtefact {
  const byTerm = new Map<string, number[]>()
  const lengths = new Uint32Array(documents.length)
  documents.forEach(({ summary, body }, doc) => {
    lengths[doc] = summary.length + body.length
    const weights = new Map<string, number>()
    for (const term of summary) weights.set(term, (weights.get(term) ?? 0) + SUMMARY_WEIGHT)
    for (const term of body) weights.set(term, (weights.get(term) ?? 0) + 1)
    for (const [term, weight] of weights) {
      const list = byTerm.get(term) ?? byTerm.set(term, []).get(term)!
      list.push(doc, Math.min(weight, MAX_WEIGHT))
    }
  })
  const terms = [...byTerm.keys()].sort()
  const { start, docs, docWidth, values } = flattenPostings(terms, byTerm, documents.length)
  return { terms, start: encodeArray(start), docs: encodeDocs(start, docs), docWidth, weights: bytesToBase64(values), lengths: encodeArray(lengths) }
}

/**
 * Document numbers as stored in the artefact: per term the first number, then the gaps to the
 * next, each as a varint (7 bits a byte, high bit set when more follow). A common word's gaps
 * are small, so most postings take one byte instead of two or four: the index file is about a
 * third smaller, which is what bounds the corpus a Worker can hold (see README).
 */
export function encodeDocs(start: Uint32Array, docs: Uint16Array | Uint32Array): string {
  const bytes: number[] = []
  for (let t = 0; t + 1 < start.length; t++) {
    let previous = 0
    for (let i = start[t]!; i < start[t + 1]!; i++) {
      let value = docs[i]! - previous
      previous = docs[i]!
      while (value >= 0x80) {
        bytes.push((value & 0x7f) | 0x80)
        value >>>= 7
      }
      bytes.push(value)
    }
  }
  return bytesToBase64(Uint8Array.from(bytes))
}

export function decodeDocs(text: string, start: Uint32Array, width: 2 | 4): Uint16Array | Uint32Array {
  const bytes = base64ToBytes(text)
  const docs = width === 2 ? new Uint16Array(start[start.length - 1]!) : new Uint32Array(start[start.length - 1]!)
  let at = 0
  for (let t = 0; t + 1 < start.length; t++) {
    let previous = 0
    for (let i = start[t]!; i < start[t + 1]!; i++) {
      let value = 0
      let shift = 0
      let byte: number
      do {
        byte = bytes[at++]!
        value += (byte & 0x7f) * 2 ** shift
        shift += 7
      } while (byte & 0x80)
      previous += value
      docs[i] = previous
    }
  }
  return docs
}

/** Bytes per document number: two while they fit. */
export const docWidthFor = (documentCount: number): 2 | 4 => (documentCount <= 0x10000 ? 2 : 4)

/**
 * Postings gathered per term as [doc, value, doc, value, …] (documents ascending), laid out
 * flat in term order: what both in-memory indexes store.
 */
export function flattenPostings(terms: readonly string[], byTerm: ReadonlyMap<string, readonly number[]>, documentCount: number) {
  const total = terms.reduce((sum, term) => sum + (byTerm.get(term)?.length ?? 0) / 2, 0)
  const start = new Uint32Array(terms.length + 1)
  const docWidth = docWidthFor(documentCount)
  const docs = docWidth === 2 ? new Uint16Array(total) : new Uint32Array(total)
  const values = new Uint8Array(total)
  let at = 0
  terms.forEach((term, t) => {
    start[t] = at
    const list = byTerm.get(term) ?? []
    for (let i = 0; i < list.length; i += 2) {
      docs[at] = list[i]!
      values[at++] = list[i + 1]!
    }
  })
  start[terms.length] = at
  return { start, docs, docWidth, values }
}

export interface Postings {
  terms: readonly string[]
  count: number
  start: Uint32Array
  docs: Uint16Array | Uint32Array
  weights: Uint8Array
  /** Per document, BM25's length normalisation k1 · (1 − b + b · length / average length). */
  norm: Float64Array
}

export function loadPostings(artefact: PostingsArtefact): Postings {
  const lengths = decodeUint32(artefact.lengths)
  const count = lengths.length
  const norm = lengthNorms(lengths, K1, B)
  const start = decodeUint32(artefact.start)
  return {
    terms: artefact.terms,
    count,
    start,
    docs: decodeDocs(artefact.docs, start, artefact.docWidth),
    weights: base64ToBytes(artefact.weights),
    norm,
  }
}

/**
 * Per document, BM25's length normalisation k · (1 − b + b · length / average length), for
 * both indexes (each with its own k and b). An average of zero (a field empty everywhere)
 * counts as one: no document then matches in it anyway.
 */
export function lengthNorms(lengths: ArrayLike<number>, k: number, b: number): Float64Array {
  let sum = 0
  for (let d = 0; d < lengths.length; d++) sum += lengths[d]!
  const average = sum / lengths.length || 1
  return Float64Array.from(lengths, (length) => k * (1 - b + (b * length) / average))
}

/** Number of documents containing term t. */
export const documentFrequency = (p: Postings, t: number) => p.start[t + 1]! - p.start[t]!

/** FTS5's inverse document frequency: never zero or negative, so every match scores. */
const idf = (count: number, hits: number) => Math.max(1e-6, Math.log((count - hits + 0.5) / (hits + 0.5)))

/**
 * Adds the BM25 score of one phrase to `into`, listing the documents it scores for the first
 * time. A phrase is one term, or the terms a prefix stands for, counted together as FTS5
 * counts a prefix phrase; `scratch` (empty, and left so) gathers their hits first.
 */
export function scorePhrase(p: Postings, terms: readonly number[], into: Match, scratch: Match): void {
  const { start, docs, weights, norm } = p
  const { score } = into
  if (terms.length === 1) {
    const t = terms[0]!
    const from = start[t]!
    const to = start[t + 1]!
    const weight = idf(p.count, to - from) * (K1 + 1)
    for (let i = from; i < to; i++) {
      const d = docs[i]!
      const tf = weights[i]!
      if (score[d] === 0) into.docs[into.length++] = d
      score[d]! += (weight * tf) / (tf + norm[d]!)
    }
    return
  }
  const hits = scratch.score
  for (const t of terms) {
    for (let i = start[t]!, to = start[t + 1]!; i < to; i++) {
      const d = docs[i]!
      if (hits[d] === 0) scratch.docs[scratch.length++] = d
      hits[d]! += weights[i]!
    }
  }
  const weight = idf(p.count, scratch.length) * (K1 + 1)
  for (let i = 0; i < scratch.length; i++) {
    const d = scratch.docs[i]!
    const tf = hits[d]!
    hits[d] = 0
    if (score[d] === 0) into.docs[into.length++] = d
    score[d]! += (weight * tf) / (tf + norm[d]!)
  }
  scratch.length = 0
}
