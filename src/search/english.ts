/**
 * English queries: the entries' English titles and summaries (title_en, summary_en) in an index
 * of their own, analysed with English stemming (Porter, @orama/stemmers), and a lexicon of the
 * domain's English words with the Dutch words the texts use (lexicon/english.json), so that
 * "sell municipal land to a community" finds the Didam rule. The Dutch analysis is untouched:
 * an English word only adds matches.
 */
import { stemmer as porter } from '@orama/stemmers/english'
import lexicon from './lexicon/english.json'
import queryStopwords from './lexicon/query-stopwords.json'
import { STOPWORDS, words } from './analyze.ts'
import type { BodyExpression, BodyIndex } from './body-query.ts'
import { documentFrequency, type PostingsArtefact, buildPostings } from './postings.ts'

const ENGLISH_STOPWORDS = new Set<string>([...STOPWORDS, ...queryStopwords.english])
/** The most terms a prefix stands for, as in the Dutch body index. */
const MAX_PREFIX_TERMS = 64

const stems = new Map<string, string>()
export function englishStem(word: string): string {
  if (word.length < 3 || /\d/.test(word)) return word
  let cached = stems.get(word)
  if (cached === undefined) {
    cached = porter(word)
    if (stems.size > 50_000) stems.clear()
    stems.set(word, cached)
  }
  return cached
}

/** The index terms of an English text: folded words, hyphenated ones whole and in parts, stop words dropped, stemmed. */
export function englishTerms(text: string): string[] {
  return words(text)
    .filter((w) => !ENGLISH_STOPWORDS.has(w))
    .map(englishStem)
}

/** The English index: a title hit counts as the Dutch index counts a summary hit (double), the summary as body. */
export function buildEnglishPostings(documents: readonly { title_en: string; summary_en?: string }[]): PostingsArtefact {
  return buildPostings(documents.map((doc) => ({ summary: englishTerms(doc.title_en), body: englishTerms(doc.summary_en ?? '') })))
}

const translations = new Map<string, string[]>(Object.entries(lexicon.terms))

/** The Dutch words the texts use for an English word of the domain (folded), or none. */
export function dutchFor(word: string): readonly string[] {
  return translations.get(word) ?? []
}

/**
 * Per query part (query.ts: the words of one node), its expression for the English index:
 * every word, stemmed; the query's last word also by its completions unless it is a whole
 * term already. A part with a word the English texts lack has no expression.
 */
export function englishExpressions(parts: readonly { words: readonly string[] }[], index: BodyIndex): (BodyExpression | undefined)[] {
  const { vocabulary, postings } = index
  return parts.map((part, p) => {
    const leaves: BodyExpression[] = []
    for (const [w, word] of part.words.entries()) {
      const term = englishStem(word)
      const phrases: number[][] = []
      const own = vocabulary.get(term)
      if (own !== undefined) phrases.push([own])
      const last = p === parts.length - 1 && w === part.words.length - 1
      if (last && own === undefined && word.length >= 3) {
        const completions = [...vocabulary.atPrefix(term).values()]
        if (completions.length > MAX_PREFIX_TERMS) completions.sort((a, b) => documentFrequency(postings, b) - documentFrequency(postings, a)).length = MAX_PREFIX_TERMS
        if (completions.length) phrases.push(completions)
      }
      if (!phrases.length) return undefined
      leaves.push({ phrases })
    }
    return leaves.length === 1 ? leaves[0] : leaves.length ? { and: leaves } : undefined
  })
}
