/**
 * Picks the passage of a text that best matches the query and marks the matching words.
 * Returns HTML: everything is escaped except the <mark> elements this module adds.
 */
import { escapeHtml } from '../content/escape-html.ts'
import { fold } from './analyze.ts'

const MAX = 220

export function makeSnippet(text: string, terms: readonly string[]): string | null {
  if (!text || !terms.length) return null
  const wanted = terms.map(fold).filter((t) => t.length > 1)
  const sentences = text.split(/(?<=[.!?])\s+|\n+/).filter((s) => s.trim())
  // Folding every sentence of a long body is the costly part: look first at sentences that
  // plainly contain the start of a wanted term, and at all of them only when none does.
  // The best sentence holds the most of the wanted terms; one that holds them all cannot be beaten.
  const starts = wanted.map((t) => t.slice(0, 4))
  const wantedTerms = new Set(wanted)
  let best = ''
  let bestScore = 0
  const consider = (sentence: string) => {
    const words = fold(sentence).match(/[\p{L}\p{N}]+/gu) ?? []
    let score = 0
    for (const t of wantedTerms) if (words.some((w) => matches(w, t))) score++
    if (score > bestScore) [best, bestScore] = [sentence, score]
    return score === wantedTerms.size
  }
  let anyLikely = false
  for (const sentence of sentences) {
    const lower = sentence.toLowerCase()
    if (!starts.some((p) => lower.includes(p))) continue
    anyLikely = true
    if (consider(sentence)) break
  }
  if (!anyLikely) for (const sentence of sentences) if (consider(sentence)) break
  if (!bestScore) return null
  const passage = best.length > MAX ? `${best.slice(0, MAX).replace(/\s+\S*$/, '')} …` : best
  return highlight(passage, wanted)
}

function highlight(passage: string, wanted: string[]): string {
  // Split on word boundaries so that each word can be compared in folded form but shown as written.
  return passage
    .split(/([\p{L}\p{N}]+)/u)
    .map((part, i) => {
      if (i % 2 === 0) return escapeHtml(part)
      const folded = fold(part)
      const hit = wanted.some((t) => matches(folded, t))
      return hit ? `<mark>${escapeHtml(part)}</mark>` : escapeHtml(part)
    })
    .join('')
}

/** A word shows a wanted term: it starts with it (a stem), or is a longer start of it. */
const matches = (word: string, term: string) => word.startsWith(term) || (term.startsWith(word) && word.length > 3)
