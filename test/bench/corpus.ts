/**
 * Deterministic synthetic Dutch corpus for the scale benchmark (search-bench.md §2).
 * Document i depends only on (seed, i), so the 1,000-document corpus is a prefix of the
 * 10,000-document one and a child process can regenerate exactly what its parent measured.
 */
import { createRng, createZipf, deriveSeed, type Rng } from './prng.ts'
import { TARGET_TERMS, targetDocIndex } from './targets.ts'
import { buildVocabulary, foldWord, type Vocabulary } from './vocab.ts'

export const DEFAULT_SEED = 20261127

export interface BenchDoc {
  id: string
  title: string
  summary: string
  /** Paragraphs separated by blank lines, 300–1,500 words. */
  body: string
  tags: string[]
}

export const RECALL_TYPES = ['exact', 'prefix', 'typo', 'ascii', 'inflected', 'twoword', 'phrase', 'split'] as const
export type RecallType = (typeof RECALL_TYPES)[number]

export interface PlantedTarget {
  docId: string
  term: string
  /** One query per recall type; ascii only for terms that have diacritics. */
  queries: Partial<Record<RecallType, string>>
}

export interface Corpus {
  docs: BenchDoc[]
  targets: PlantedTarget[]
}

/** Share of tokens that are function words (de, het, van, …) in running Dutch text. */
const FUNCTION_SHARE = 0.42
/** Share of content words drawn from the document's topics instead of the global distribution. */
const TOPIC_SHARE = 0.3

interface Samplers {
  vocab: Vocabulary
  content: (rng: Rng) => number
  functionWord: (rng: Rng) => number
}

const samplerCache = new Map<number, Samplers>()

function samplersFor(seed: number): Samplers {
  let s = samplerCache.get(seed)
  if (!s) {
    const vocab = buildVocabulary(seed)
    s = { vocab, content: createZipf(vocab.content.length), functionWord: createZipf(vocab.function.length, 1.1, 1) }
    samplerCache.set(seed, s)
  }
  return s
}

export function docId(index: number): string {
  return `doc-${String(index).padStart(5, '0')}`
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

class DocWriter {
  constructor(
    private readonly rng: Rng,
    private readonly s: Samplers,
    private readonly topics: number[][],
  ) {}

  contentWord(): string {
    const { rng, s } = this
    if (rng.chance(TOPIC_SHARE)) return s.vocab.content[rng.pick(rng.pick(this.topics))]!
    return s.vocab.content[s.content(rng)]!
  }

  tokens(length: number, functionShare = FUNCTION_SHARE): string[] {
    const out: string[] = []
    for (let i = 0; i < length; i++) {
      out.push(this.rng.chance(functionShare) ? this.s.vocab.function[this.s.functionWord(this.rng)]! : this.contentWord())
    }
    return out
  }

  sentence(tokens: string[], commas = true): string {
    const words = tokens.map((t, i) => (commas && i > 1 && i < tokens.length - 2 && this.rng.chance(0.05) ? `${t},` : t))
    words[0] = capitalize(words[0]!)
    return `${words.join(' ')}.`
  }

  /** Sentences until about `words` words, as an array of sentence strings. */
  sentences(words: number): string[] {
    const out: string[] = []
    let written = 0
    while (written < words) {
      const length = Math.min(this.rng.int(6, 18), Math.max(3, words - written))
      out.push(this.sentence(this.tokens(length)))
      written += length
    }
    return out
  }
}

interface Generated {
  doc: BenchDoc
  target?: PlantedTarget
}

/** Generates document `index`; plants a target term when the index is a target's. */
export function generateDoc(index: number, seed = DEFAULT_SEED): Generated {
  const s = samplersFor(seed)
  const rng = createRng(deriveSeed(seed, index))
  const topicCount = rng.int(1, 2)
  const topics = Array.from({ length: topicCount }, () => rng.pick(s.vocab.topics))
  const w = new DocWriter(rng, s, topics)

  const titleTokens = w.tokens(rng.int(5, 12), 0.2)
  const summary = w.sentences(rng.int(30, 55))
  const paragraphs: string[][] = []
  const bodyWords = rng.int(300, 1500)
  const sentences = w.sentences(bodyWords)
  for (let i = 0; i < sentences.length; ) {
    const n = rng.int(3, 6)
    paragraphs.push(sentences.slice(i, i + n))
    i += n
  }
  const tagCount = rng.int(2, 5)
  const tags = [...new Set(Array.from({ length: tagCount }, () => rng.pick(s.vocab.tags)))]

  const k = TARGET_TERMS.findIndex((_, i) => targetDocIndex(i) === index)
  let target: PlantedTarget | undefined
  if (k >= 0) target = plant(k, w, rng, s.vocab, titleTokens, summary, paragraphs, docId(index))

  const doc: BenchDoc = {
    id: docId(index),
    title: capitalize(titleTokens.join(' ')),
    summary: summary.join(' '),
    body: paragraphs.map((p) => p.join(' ')).join('\n\n'),
    tags,
  }
  return target ? { doc, target } : { doc }
}

/** Puts target k's term into the body (and, for even k, the summary) and derives its queries. */
function plant(k: number, w: DocWriter, rng: Rng, vocab: Vocabulary, title: string[], summary: string[], paragraphs: string[][], id: string): PlantedTarget {
  const t = TARGET_TERMS[k]!
  const tokens = w.tokens(10)
  tokens[4] = t.term
  const paragraph = paragraphs[rng.int(0, paragraphs.length - 1)]!
  paragraph.splice(rng.int(0, paragraph.length), 0, w.sentence(tokens, false))
  if (k % 2 === 0) summary.splice(1, 0, w.sentence(w.tokens(4).concat(t.term), false))

  const fn = new Set(vocab.function)
  const titleWord = title.find((x) => !fn.has(x) && x.length >= 4 && !x.includes('-')) ?? tokens.find((x) => !fn.has(x) && x !== t.term)!
  const chars = Array.from(t.term)
  const ascii = t.term.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
  const queries: PlantedTarget['queries'] = {
    exact: t.term,
    prefix: chars.slice(0, Math.ceil(chars.length * 0.6)).join(''),
    typo: t.typo,
    inflected: t.inflected,
    twoword: `${t.term} ${titleWord}`,
    phrase: tokens.slice(2, 7).join(' '),
    split: t.split,
  }
  if (ascii !== t.term) queries.ascii = ascii
  return { docId: id, term: t.term, queries }
}

/** The first `size` documents and the targets planted in them. */
export function generateCorpus(size: number, seed = DEFAULT_SEED): Corpus {
  const docs: BenchDoc[] = []
  const targets: PlantedTarget[] = []
  for (let i = 0; i < size; i++) {
    const { doc, target } = generateDoc(i, seed)
    docs.push(doc)
    if (target) targets.push(target)
  }
  return { docs, targets }
}

/** Whether a folded word exists anywhere in the generator's vocabulary. */
export function isKnownWord(word: string, seed = DEFAULT_SEED): boolean {
  return buildVocabulary(seed).known.has(foldWord(word))
}
