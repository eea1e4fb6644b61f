/**
 * Builds the search artefact (build time only), one JSON file both platforms load:
 * - the names index (names-index.ts): titles, English titles and aliases;
 * - the body index (postings.ts): the analysed summaries and bodies;
 * - the English index (english.ts): English titles and summaries, stemmed as English;
 * - the corpus vocabulary the compound splitter needs at query time;
 * - per document its id and the stored fields hits and facets need.
 * Both indexes are flat typed arrays, so they stay small and fast as the corpus grows (see
 * README, Zoeken).
 */
import { words } from './analyze.ts'
import { createSplitter } from './compounds.ts'
import { buildNamesIndex, type NamesArtefact } from './names-index.ts'
import { analyzeTerms, storedFields, type SearchDocument, type StoredDocument } from './options.ts'
import { buildPostings, type PostingsArtefact } from './postings.ts'
import { buildEnglishPostings } from './english.ts'

export const SEARCH_FORMAT = 8

export interface SearchArtefact {
  format: number
  /** Folded words of the corpus, for splitting compounds at query time. */
  vocabulary: string[]
  /** Document ids by document number, the numbering both indexes use. */
  ids: string[]
  /** Stored fields by document number. */
  documents: StoredDocument[]
  names: NamesArtefact
  /** The body index of summaries and bodies. */
  postings: PostingsArtefact
  /** The English index of English titles and summaries (english.ts). */
  english: PostingsArtefact
}

export interface BuiltSearch {
  indexJson: string
}

/** The folded words of all documents' texts: what the compound splitter knows. */
export function corpusVocabulary(documents: readonly SearchDocument[]): string[] {
  const vocabulary = new Set<string>()
  for (const doc of documents) {
    for (const text of [doc.title, doc.title_en, doc.aliases, doc.summary, doc.body]) for (const w of words(text)) if (!w.includes('-')) vocabulary.add(w)
  }
  return [...vocabulary].sort()
}

export function buildSearch(documents: SearchDocument[]): BuiltSearch {
  const vocabulary = corpusVocabulary(documents)
  const split = createSplitter(vocabulary)
  const artefact: SearchArtefact = {
    format: SEARCH_FORMAT,
    vocabulary,
    ids: documents.map((d) => d.id),
    documents: documents.map(storedFields),
    names: buildNamesIndex(documents, split),
    postings: buildPostings(documents.map((doc) => ({ summary: analyzeTerms(doc.summary, split), body: analyzeTerms(doc.body, split) }))),
    english: buildEnglishPostings(documents),
  }
  return { indexJson: JSON.stringify(artefact) }
}
