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
  const starts = wanted.map((t) => t.slice(0, 4))
  const likely = sentences.filter((s) => {
    const lower = s.toLowerCase()
    return starts.some((p) => lower.includes(p))
  })
  let best = ''
  let bestScore = 0
  for (const sentence of likely.length ? likely : sentences) {
    const words = fold(sentence).match(/[\p{L}\p{N}]+/gu) ?? []
    const score = new Set(words.filter((w) => wanted.some((t) => w.startsWith(t) || t.startsWith(w) && w.length > 3))).size
    if (score > bestScore) {
      best = sentence
      bestScore = score
    }
  }
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
      const hit = wanted.some((t) => folded.startsWith(t) || (t.startsWith(folded) && folded.length > 3))
      return hit ? `<mark>${escapeHtml(part)}</mark>` : escapeHtml(part)
    })
    .join('')
}
