/**
 * Adds search to the build rows: the analysed body terms (table `search_body`) and the
 * serialized in-memory index. Needs every row at once, because the compound splitter learns
 * its vocabulary from the whole corpus.
 */
import type { Corpus } from '../content/corpus.ts'
import { buildSearch } from '../search/build-index.ts'
import { toSearchDocuments } from '../search/documents.ts'
import { corpusToRows, type BuildRows } from './rows.ts'

export function addSearch(rows: BuildRows): { rows: BuildRows; indexJson: string } {
  const { indexJson, bodyRows } = buildSearch(toSearchDocuments(rows))
  return { rows: { ...rows, search_body: bodyRows }, indexJson }
}

/** Rows and index for a validated corpus: what `npm run build` and the D1 seed write. */
export function buildRowsAndIndex(corpus: Corpus): { rows: BuildRows; indexJson: string } {
  return addSearch(corpusToRows(corpus))
}
