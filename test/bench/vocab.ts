/**
 * The ranked vocabulary of the synthetic corpus: real Dutch words (vocab-words.ts), their
 * plurals and inflections, and generated compounds that follow the Dutch linking rules
 * (tussen-s after -ing/-heid/-schap/-teit, a hyphen where two vowels would be read as one).
 */
import { createRng, deriveSeed, shuffled } from './prng.ts'
import {
  ADJECTIVES,
  COMPOUND_HEADS,
  COMPOUND_MODIFIERS,
  FUNCTION_WORDS,
  HYPHENATED,
  NOUNS,
  PLACE_NAMES,
  TAGS,
  VERB_FORMS,
} from './vocab-words.ts'

export interface Vocabulary {
  /** Content words, most frequent first: rank i is drawn with Zipf weight 1/(i+q)^s. */
  content: string[]
  function: string[]
  /** Topic clusters (indices into content), so that documents have co-occurring words. */
  topics: number[][]
  tags: string[]
  /** Every word form in folded spelling, to make sure a generated typo is not a real word. */
  known: Set<string>
}

/** How many generated compounds (their plurals come on top); the research corpus had about 2,600 forms. */
const COMPOUNDS = 2000
const TOPICS = 40
const TOPIC_SIZE = 150
/** Core nouns that should be among the most frequent words, as they are in the real corpus. */
const CORE = 30

const VOWEL_PAIRS = new Set(['aa', 'ae', 'ai', 'au', 'ee', 'ei', 'eu', 'ie', 'ii', 'oe', 'oi', 'oo', 'ou', 'ui', 'uu'])

/** Lower case without diacritics; the same folding the engines are expected to do. */
export function foldWord(word: string): string {
  return word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
}

/** The form a modifier takes inside a compound: explicit (zon>zonne) or by the tussen-s rule. */
export function linkingForm(modifier: string): string {
  const [base, explicit] = modifier.split('>') as [string, string | undefined]
  if (explicit) return explicit
  return /(ing|heid|schap|teit)$/.test(base) ? `${base}s` : base
}

/** Joins two parts, with a hyphen when the vowels at the seam would merge (zonne-energie). */
export function joinCompound(first: string, second: string): string {
  const seam = foldWord(first.slice(-1) + second.slice(0, 1))
  return VOWEL_PAIRS.has(seam) ? `${first}-${second}` : `${first}${second}`
}

/** Splits "singular/plural" notation into its forms. */
function forms(entry: string): { base: string; inflected?: string } {
  const [base, inflected] = entry.split('/') as [string, string | undefined]
  return { base, inflected }
}

function generateCompounds(seed: number, taken: Set<string>): { singulars: string[]; plurals: string[] } {
  const pairs: [string, string][] = []
  for (const modifier of COMPOUND_MODIFIERS) {
    for (const head of COMPOUND_HEADS) {
      const bare = modifier.split('>')[0]!
      if (bare !== forms(head).base) pairs.push([modifier, head])
    }
  }
  const rng = createRng(deriveSeed(seed, 'compounds'))
  const singulars: string[] = []
  const plurals: string[] = []
  for (const [modifier, head] of shuffled(pairs, rng)) {
    if (singulars.length >= COMPOUNDS) break
    const link = linkingForm(modifier)
    const { base, inflected } = forms(head)
    const word = joinCompound(link, base)
    if (taken.has(foldWord(word))) continue
    taken.add(foldWord(word))
    singulars.push(word)
    if (inflected) plurals.push(joinCompound(link, inflected))
  }
  return { singulars, plurals }
}

const cache = new Map<number, Vocabulary>()

/** Builds (once per seed) the ranked vocabulary. */
export function buildVocabulary(seed: number): Vocabulary {
  const cached = cache.get(seed)
  if (cached) return cached
  const rng = createRng(deriveSeed(seed, 'vocabulary'))
  const nouns = NOUNS.map(forms)
  const adjectives = ADJECTIVES.map(forms)
  const core = nouns.slice(0, CORE).map((n) => n.base)
  const simple = shuffled(
    [...nouns.slice(CORE).map((n) => n.base), ...adjectives.map((a) => a.base), ...VERB_FORMS, ...PLACE_NAMES, ...HYPHENATED],
    rng,
  )
  const inflected = shuffled([...nouns, ...adjectives].flatMap((f) => (f.inflected ? [f.inflected] : [])), rng)

  const seen = new Set<string>()
  const content: string[] = []
  const add = (word: string) => {
    const key = foldWord(word)
    if (seen.has(key) || FUNCTION_WORDS.includes(key)) return
    seen.add(key)
    content.push(word)
  }
  ;[...core, ...simple, ...inflected].forEach(add)
  const compounds = generateCompounds(seed, new Set(seen))
  // Simple words rank above compounds, singulars above plurals: the shape of real Dutch text.
  shuffled(compounds.singulars, rng).forEach(add)
  shuffled(compounds.plurals, rng).forEach(add)

  const topics = Array.from({ length: TOPICS }, () => Array.from({ length: TOPIC_SIZE }, () => rng.int(CORE, Math.min(content.length - 1, 3000))))
  const functionWords = [...new Set(FUNCTION_WORDS)]
  const vocabulary: Vocabulary = {
    content,
    function: functionWords,
    topics,
    tags: TAGS,
    known: new Set([...content.map(foldWord), ...functionWords]),
  }
  cache.set(seed, vocabulary)
  return vocabulary
}
