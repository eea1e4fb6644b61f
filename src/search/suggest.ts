/**
 * "Bedoelde u …": a close, existing term for each query word that finds nothing. Each word is a
 * scan over the whole vocabulary, so only the first few words, of a sensible length, are tried:
 * a query of twenty random words costs what a query of three does.
 */
import type { SearchEngine } from './engine.ts'
import { QUERY_STOPWORDS, tokenize } from './analyze.ts'

/** Words of a query looked up for a suggestion; the rest are kept as typed. */
export const MAX_SUGGESTED_WORDS = 3
/** Longer words are no typo of a term; comparing them costs the most. */
export const MAX_SUGGESTED_WORD_LENGTH = 30

export function suggestFor(engine: SearchEngine, query: string): string | undefined {
  // The words a query is searched by: a sentence's function words ("nee") need no spelling.
  const words = tokenize(query).filter((w) => !w.includes('-') && !QUERY_STOPWORDS.has(w))
  if (!words.length) return undefined
  const suggested = words.map((w, i) => (i < MAX_SUGGESTED_WORDS && w.length <= MAX_SUGGESTED_WORD_LENGTH ? (engine.closestTerm(w) ?? w) : w))
  const result = suggested.join(' ')
  return result !== words.join(' ') ? result : undefined
}
