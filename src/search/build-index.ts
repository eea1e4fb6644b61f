/**
 * Builds the search artefacts (build time only):
 * - an in-memory MiniSearch index over the names (titles, aliases), with the
 *   corpus vocabulary the compound splitter needs at query time and the body vocabulary that
 *   fuzzy matching expands against;
 * - the body index (postings.ts): per analysed term of the summaries and bodies, the documents
 *   and how often. Flat typed arrays instead of MiniSearch's per-field maps keep it small and
 *   fast as the corpus grows (see README, Zoeken).
 */
import MiniSearch from 'minisearch'
import { words } from './analyze.ts'
import { createSplitter } from './compounds.ts'
import { analyzeTerms, createIndexOptions, storedFields, type SearchDocument, type StoredDocument } from './options.ts'
import { buildPostings, type PostingsArtefact } from './postings.ts'

export const SEARCH_FORMAT = 4

export interface SearchArtefact {
  format: number
  /** Folded words of the corpus, for splitting compounds at query time. */
  vocabulary: string[]
  /** Document ids by document number, the numbering the body index uses. */
  ids: string[]
  /** Stored fields by document number. */
  documents: StoredDocument[]
  /** The body index of summaries and bodies. */
  postings: PostingsArtefact
  index: unknown
}

export interface BuiltSearch {
  indexJson: string
}

export function buildSearch(documents: SearchDocument[]): BuiltSearch {
  const vocabulary = new Set<string>()
  for (const doc of documents) {
    for (const text of [doc.title, doc.title_en, doc.aliases, doc.summary, doc.body]) for (const w of words(text)) if (!w.includes('-')) vocabulary.add(w)
  }
  const split = createSplitter(vocabulary)
  const index = new MiniSearch<SearchDocument>(createIndexOptions(split))
  index.addAll(documents)

  const postings = buildPostings(documents.map((doc) => ({ summary: analyzeTerms(doc.summary, split), body: analyzeTerms(doc.body, split) })))
  const artefact: SearchArtefact = {
    format: SEARCH_FORMAT,
    vocabulary: [...vocabulary].sort(),
    ids: documents.map((d) => d.id),
    documents: documents.map(storedFields),
    postings,
    index: index.toJSON(),
  }
  return { indexJson: JSON.stringify(artefact) }
}
