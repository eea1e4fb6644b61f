/** "Bedoelde u …": a close, existing term for each query word that finds nothing. */
import type { SearchEngine } from './engine.ts'
import { tokenize } from './analyze.ts'

export function suggestFor(engine: SearchEngine, query: string): string | undefined {
  const words = tokenize(query).filter((w) => !w.includes('-'))
  if (!words.length) return undefined
  const suggested = words.map((w) => engine.closestTerm(w) ?? w)
  const result = suggested.join(' ')
  return result !== words.join(' ') ? result : undefined
}
