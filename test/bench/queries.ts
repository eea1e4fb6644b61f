/**
 * The query sets. Latency: 500 mixed queries, the same for every corpus size (drawn from the
 * vocabulary and the first 100 documents, which every size contains). Recall: the planted
 * targets, one query per recall type.
 */
import { generateDoc, RECALL_TYPES, type PlantedTarget, type RecallType } from './corpus.ts'
import { createRng, createZipf, deriveSeed, shuffled, type Rng } from './prng.ts'
import { buildVocabulary, foldWord, type Vocabulary } from './vocab.ts'

export const LATENCY_KINDS = ['single', 'two', 'prefix', 'typo', 'phrase'] as const
export type LatencyKind = (typeof LATENCY_KINDS)[number]

export interface LatencyQuery {
  kind: LatencyKind
  q: string
}

export interface RecallQuery {
  type: RecallType
  q: string
  expected: string
}

const SOURCE_DOCS = 100
const LETTERS = 'abcdefghijklmnopqrstuvwxyz'

/** Body words of a document without punctuation, in order. */
function bodyWords(index: number, seed: number): string[] {
  return generateDoc(index, seed).doc.body.split(/\s+/).map((w) => w.replace(/[.,]+$/, '')).filter(Boolean)
}

/** A plain word (no hyphen or apostrophe) of at least 5 letters, drawn by frequency. */
function plainWord(rng: Rng, vocab: Vocabulary, zipf: (rng: Rng) => number): string {
  for (;;) {
    const word = vocab.content[zipf(rng)]!
    if (word.length >= 5 && /^[\p{L}]+$/u.test(word)) return word.toLowerCase()
  }
}

/** One realistic edit (substitution, deletion, insertion or transposition), never on the first letter. */
function typoOf(word: string, rng: Rng, vocab: Vocabulary): string | undefined {
  const chars = Array.from(word)
  const at = rng.int(1, chars.length - 1)
  const letter = LETTERS[rng.int(0, LETTERS.length - 1)]!
  const out = [...chars]
  switch (rng.int(0, 3)) {
    case 0:
      out[at] = letter
      break
    case 1:
      out.splice(at, 1)
      break
    case 2:
      out.splice(at, 0, letter)
      break
    default:
      if (at === chars.length - 1) return undefined
      ;[out[at], out[at + 1]] = [out[at + 1]!, out[at]!]
  }
  const typo = out.join('')
  return typo !== word && !vocab.known.has(foldWord(typo)) ? typo : undefined
}

/** The 500 latency queries (100 of each kind), in a seeded order. */
export function buildLatencyQueries(seed: number, perKind = 100): LatencyQuery[] {
  const vocab = buildVocabulary(seed)
  const rng = createRng(deriveSeed(seed, 'latency-queries'))
  const zipf = createZipf(vocab.content.length)
  const fn = new Set(vocab.function)
  const docs = Array.from({ length: SOURCE_DOCS }, (_, i) => bodyWords(i, seed))
  const out: LatencyQuery[] = []
  const add = (kind: LatencyKind, make: () => string | undefined) => {
    for (let n = 0; n < perKind; ) {
      const q = make()
      if (q) {
        out.push({ kind, q })
        n++
      }
    }
  }
  add('single', () => vocab.content[zipf(rng)])
  add('two', () => {
    const words = rng.pick(docs).filter((w) => !fn.has(w.toLowerCase()))
    const a = rng.pick(words)
    const b = rng.pick(words)
    return a.toLowerCase() !== b.toLowerCase() ? `${a} ${b}`.toLowerCase() : undefined
  })
  add('prefix', () => {
    const word = plainWord(rng, vocab, zipf)
    return word.slice(0, rng.int(3, Math.min(7, word.length - 1)))
  })
  add('typo', () => typoOf(plainWord(rng, vocab, zipf), rng, vocab))
  add('phrase', () => {
    const words = rng.pick(docs)
    const length = rng.int(3, 5)
    const start = rng.int(0, words.length - length)
    return words.slice(start, start + length).join(' ').toLowerCase()
  })
  return shuffled(out, rng)
}

/** One query per target and recall type; "ascii" only for the targets with diacritics. */
export function buildRecallQueries(targets: readonly PlantedTarget[]): RecallQuery[] {
  return RECALL_TYPES.flatMap((type) =>
    targets.flatMap((t) => {
      const q = t.queries[type]
      return q ? [{ type, q, expected: t.docId }] : []
    }),
  )
}
