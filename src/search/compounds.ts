/**
 * Splits Dutch compounds into parts that the corpus itself uses, so that "grondverkoop"
 * finds "verkoop van grond" and the reverse. Dutch joins parts directly (subsidieplafond),
 * with a linking s (staatssteun) or -e-/-en- (zonnepaneel, pannenkoek), or a hyphen on a
 * vowel clash (zonne-energie): the splitter tries each.
 */
import { STOPWORDS } from './analyze.ts'

const MIN_PART = 3
const MIN_WORD = 7
const LINKS = ['', 's', 'en', 'e']

export interface Splitter {
  (word: string): string[] | undefined
  /** Whether the corpus uses this folded word. */
  has(word: string): boolean
}

/** A splitter over a vocabulary of folded words; results are cached per word. */
export function createSplitter(vocabulary: Iterable<string>): Splitter {
  const known = new Set<string>()
  for (const w of vocabulary) if (w.length >= MIN_PART && !STOPWORDS.has(w)) known.add(w)
  const cache = new Map<string, string[] | undefined>()

  const split = (word: string, depth: number): string[] | undefined => {
    if (word.length < MIN_WORD || depth > 2 || /[^a-z]/.test(word)) return undefined
    let best: string[] | undefined
    let bestScore = 0
    for (let i = MIN_PART; i <= word.length - MIN_PART; i++) {
      const head = word.slice(0, i)
      if (!known.has(head)) continue
      for (const link of LINKS) {
        if (!word.startsWith(link, i)) continue
        const tail = word.slice(i + link.length)
        if (tail.length < MIN_PART) continue
        const tailParts = known.has(tail) ? [tail] : split(tail, depth + 1)
        if (!tailParts) continue
        // Prefer splits into fewer, longer parts: "subsidie|plafond" over "sub|sidie|plafond".
        const parts = [head, ...tailParts]
        const score = Math.min(...parts.map((p) => p.length)) * 10 - parts.length
        if (score > bestScore) [best, bestScore] = [parts, score]
      }
    }
    return best
  }

  const splitter = (word: string) => {
    if (cache.has(word)) return cache.get(word)
    const parts = split(word, 0)
    if (cache.size > 100_000) cache.clear()
    cache.set(word, parts)
    return parts
  }
  return Object.assign(splitter, { has: (word: string) => known.has(word) })
}
