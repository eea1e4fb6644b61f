/**
 * Builds the search artefacts (build time only):
 * - an in-memory MiniSearch index over the names (titles, aliases), with the
 *   corpus vocabulary the compound splitter needs at query time and the body vocabulary that
 *   fuzzy matching expands against;
 * - the analysed summary and body terms of each document, for the FTS5 table `search_body`.
 * Splitting the two keeps the in-memory index small as the corpus grows (see README, Zoeken).
 */
import MiniSearch from 'minisearch'
import { words } from './analyze.ts'
import { createSplitter } from './compounds.ts'
import { analyzeTerms, createIndexOptions, type SearchDocument } from './options.ts'

export const SEARCH_FORMAT = 3

export interface SearchArtefact {
  format: number
  /** Folded words of the corpus, for splitting compounds at query time. */
  vocabulary: string[]
  /** Distinct analysed terms of the bodies, for expanding fuzzy query words. */
  bodyVocabulary: string[]
  /** Document ids in body-index order: row `rowid` of `search_body` is `bodyIds[rowid - 1]`. */
  bodyIds: string[]
  index: unknown
}

export interface BuiltSearch {
  indexJson: string
  bodyRows: { rowid: number; slug: string; summary: string; terms: string }[]
}

export function buildSearch(documents: SearchDocument[]): BuiltSearch {
  const vocabulary = new Set<string>()
  for (const doc of documents) {
    for (const text of [doc.title, doc.title_en, doc.aliases, doc.summary, doc.body]) for (const w of words(text)) if (!w.includes('-')) vocabulary.add(w)
  }
  const split = createSplitter(vocabulary)
  const index = new MiniSearch<SearchDocument>(createIndexOptions(split))
  index.addAll(documents)

  const bodyVocabulary = new Set<string>()
  const bodyRows = documents.map((doc, i) => {
    const summary = analyzeTerms(doc.summary, split)
    const terms = analyzeTerms(doc.body, split)
    for (const t of summary) bodyVocabulary.add(t)
    for (const t of terms) bodyVocabulary.add(t)
    return { rowid: i + 1, slug: doc.id, summary: summary.join(' '), terms: terms.join(' ') }
  })
  const artefact: SearchArtefact = {
    format: SEARCH_FORMAT,
    vocabulary: [...vocabulary].sort(),
    bodyVocabulary: [...bodyVocabulary].sort(),
    bodyIds: documents.map((d) => d.id),
    index: index.toJSON(),
  }
  return { indexJson: JSON.stringify(artefact), bodyRows }
}
