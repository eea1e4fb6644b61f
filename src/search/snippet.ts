/**
 * Picks the passage of a text that best matches the query and marks the matching words.
 * Returns HTML: everything is escaped except the <mark> elements this module adds.
 */
import { escapeHtml } from '../content/escape-html.ts'
import { fold, stem } from './analyze.ts'

const MAX = 220
/** A word, for scoring and marking; the capturing form keeps the words when splitting around them. */
const WORD = /[\p{L}\p{N}]+/gu
const WORD_SPLIT = /([\p{L}\p{N}]+)/u
/** A sentence shorter than this is a heading or a label ("Subsidie."), shown only when there is nothing better. */
const SHORT = 40

export function makeSnippet(text: string, terms: readonly string[]): string | null {
  if (!text || !terms.length) return null
  const wanted = [...new Set(terms.map(fold).filter((t) => t.length > 1))]
  if (!wanted.length) return null
  const starts = wanted.map((t) => t.slice(0, 4))
  // The best sentence holds the most of the wanted terms, and is a real sentence rather than a
  // heading or a label; one that holds them all and is long enough cannot be beaten.
  let best = ''
  let bestScore = 0
  /** Scores a folded sentence; true when nothing can beat the best any more. */
  const consider = (sentence: string, foldedSentence: string) => {
    // A term can only be there if its first letters are: skip what cannot beat the best.
    let bound = 0
    for (const start of starts) if (foldedSentence.includes(start)) bound++
    const improvable = best.length < SHORT && sentence.length >= SHORT
    if (bound === 0 || bound < bestScore || (bound === bestScore && !improvable)) return false
    const words = foldedSentence.match(WORD) ?? []
    let score = 0
    for (const t of wanted) if (words.some((w) => matches(w, t))) score++
    if (score > bestScore || (score === bestScore && score > 0 && improvable)) [best, bestScore] = [sentence, score]
    return bestScore === wanted.length && best.length >= SHORT
  }
  const folded = fold(text)
  if (folded.length === text.length) {
    // Folding kept every position (the usual case): visit, in text order, only the sentences
    // around an occurrence of a term's first letters.
    let seenEnd = -1
    for (const at of occurrences(folded, [...new Set(starts)])) {
      if (at < seenEnd) continue
      const [start, end] = sentenceAround(text, at)
      seenEnd = end
      if (consider(text.slice(start, end).trim(), folded.slice(start, end))) break
    }
  } else {
    for (const sentence of text.split(SENTENCE_BREAK)) if (sentence.trim() && consider(sentence, fold(sentence))) break
  }
  if (!bestScore) return null
  const passage = best.length > MAX ? cutAround(best, wanted) : best
  return highlight(passage, wanted)
}

/** A long sentence cut to MAX characters around its first matching word, with … where it was cut. */
function cutAround(sentence: string, wanted: readonly string[]): string {
  const folded = fold(sentence)
  let first = 0
  if (folded.length === sentence.length) {
    for (const m of folded.matchAll(WORD)) {
      if (wanted.some((t) => matches(m[0], t))) {
        first = m.index
        break
      }
    }
  }
  // Some words of context before the match, starting at a word.
  let start = first > MAX / 4 ? sentence.lastIndexOf(' ', first - MAX / 5) + 1 : 0
  if (start < 0 || start > first) start = 0
  const cut = sentence.slice(start, start + MAX)
  const body = start + MAX < sentence.length ? `${cut.replace(/\s+\S*$/, '')} …` : cut
  return start > 0 ? `… ${body}` : body
}

/** Sentences end at whitespace after . ! or ?, or at a line break. */
const SENTENCE_BREAK = /(?<=[.!?])\s+|\n+/
const isBreak = (text: string, i: number) => {
  const c = text[i]
  if (c === '\n') return true
  if (c !== ' ' && c !== '\t' && c !== '\r' && c !== '\u00a0') return false
  const before = text[i - 1]
  return before === '.' || before === '!' || before === '?'
}

/** Start and end of the sentence that holds position `at`. */
function sentenceAround(text: string, at: number): [number, number] {
  let start = at
  while (start > 0 && !isBreak(text, start - 1)) start--
  let end = at
  while (end < text.length && !isBreak(text, end)) end++
  return [start, end]
}

/** Positions of every occurrence of any of the needles, ascending. */
function occurrences(haystack: string, needles: readonly string[]): number[] {
  const found: number[] = []
  for (const needle of needles) for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) found.push(i)
  return found.sort((a, b) => a - b)
}

function highlight(passage: string, wanted: string[]): string {
  // Split on word boundaries so that each word can be compared in folded form but shown as written.
  return passage
    .split(WORD_SPLIT)
    .map((part, i) => {
      if (i % 2 === 0) return escapeHtml(part)
      const folded = fold(part)
      const hit = wanted.some((t) => matches(folded, t))
      return hit ? `<mark>${escapeHtml(part)}</mark>` : escapeHtml(part)
    })
    .join('')
}

/** A word shows a wanted term: it starts with it, is a longer start of it, or has it as its stem (verkoop → verkop). */
const matches = (word: string, term: string) =>
  word.startsWith(term) || (term.startsWith(word) && word.length > 3) || (word.startsWith(term.slice(0, 3)) && stem(word) === term)
