/**
 * The text analysis shared by indexing and querying, so that both see the same terms:
 * lower case; diacritics folded (coöperatie = cooperatie); hyphenated words kept whole and
 * split into their parts (Didam-arrest → didam-arrest, didam, arrest); Dutch stop words
 * dropped; Dutch stemming (Snowball) with a few repairs; compound parts added by a splitter
 * that knows the corpus vocabulary.
 */
import { stemmer as snowballDutch } from '@orama/stemmers/dutch'
import stopwordList from './lexicon/stopwords.json'
import queryStopwordLists from './lexicon/query-stopwords.json'

const WORD = /[\p{L}\p{N}]+(?:[-'’&+][\p{L}\p{N}+]+)*\+*/gu
export const STOPWORDS = new Set<string>(stopwordList)
/** Dropped from queries only: the function and answer words of a typed sentence (lexicon/query-stopwords.json). */
export const QUERY_STOPWORDS = new Set<string>([...stopwordList, ...queryStopwordLists.dutch, ...queryStopwordLists.english])

const COMBINING_MARKS = /[\u0300-\u036f]/g
const foldedChars = new Map<string, string>()
function foldChar(c: string): string {
  let folded = foldedChars.get(c)
  if (folded === undefined) {
    folded = c.normalize('NFD').replace(COMBINING_MARKS, '')
    // Bounded, so that odd input cannot grow it without end; the corpus uses a few dozen.
    if (foldedChars.size < 4096) foldedChars.set(c, folded)
  }
  return folded
}

/**
 * Lower-cases and removes diacritics. Only the non-ASCII characters are decomposed, one at a
 * time and remembered: the same result as decomposing the whole text, in a third of the time
 * (snippets fold whole bodies on every search).
 */
export function fold(text: string): string {
  return text.toLowerCase().replace(/[^\x00-\x7f]/g, foldChar)
}

/** Splits text into folded words; a hyphenated word yields itself and its parts. Stop words stay. */
export function words(text: string): string[] {
  const out: string[] = []
  for (const match of fold(text).matchAll(WORD)) {
    const word = match[0].replace(/[’']/g, '')
    out.push(word)
    if (/[-&]/.test(word)) out.push(...word.split(/[-&]/).filter(Boolean))
  }
  return out
}

/**
 * The whole words of a query, folded, without stop words and the function words of a sentence
 * ("zei", "nee", "how"); hyphenated words stay whole.
 */
export function queryWords(text: string): string[] {
  return [...fold(text).matchAll(WORD)].map((m) => m[0].replace(/[’']/g, '')).filter((w) => !QUERY_STOPWORDS.has(w))
}

/** Splits text into folded words, dropping stop words. */
export function tokenize(text: string): string[] {
  return words(text).filter((w) => !STOPWORDS.has(w))
}

const stemCache = new Map<string, string>()

/**
 * Dutch stem. Snowball leaves some plural and spelling pairs apart; these repairs join them:
 * subsidies → subsidie (plural -s after -ie), initiatiev → initiatief, huiz → huis.
 */
export function stem(word: string): string {
  if (word.length < 4 || /\d/.test(word)) return word
  let cached = stemCache.get(word)
  if (cached === undefined) {
    cached = snowballDutch(word)
    if (cached.endsWith('ies')) cached = cached.slice(0, -1)
    if (cached.endsWith('v')) cached = `${cached.slice(0, -1)}f`
    else if (cached.endsWith('z')) cached = `${cached.slice(0, -1)}s`
    if (stemCache.size > 50_000) stemCache.clear()
    stemCache.set(word, cached)
  }
  return cached
}
