/**
 * Builds the search artefact (build time only): the MiniSearch index, the corpus vocabulary
 * the compound splitter needs at query time. Entries' aliases are an indexed field of their own.
 */
import MiniSearch from 'minisearch'
import { words } from './analyze.ts'
import { createSplitter } from './compounds.ts'
import { createIndexOptions, type SearchDocument } from './options.ts'

export const SEARCH_FORMAT = 2

export interface SearchArtefact {
  format: number
  /** Folded words of the corpus, for splitting compounds at query time. */
  vocabulary: string[]
  index: unknown
}

export function buildSearchIndex(documents: SearchDocument[]): string {
  const vocabulary = new Set<string>()
  for (const doc of documents) {
    for (const text of [doc.title, doc.title_en, doc.aliases, doc.summary, doc.body]) for (const w of words(text)) if (!w.includes('-')) vocabulary.add(w)
  }
  const index = new MiniSearch<SearchDocument>(createIndexOptions(createSplitter(vocabulary)))
  index.addAll(documents)
  const artefact: SearchArtefact = { format: SEARCH_FORMAT, vocabulary: [...vocabulary].sort(), index: index.toJSON() }
  return JSON.stringify(artefact)
}
