/**
 * Adds search to the build rows: the serialized search index. Needs every row at once,
 * because the compound splitter learns its vocabulary from the whole corpus.
 */
import type { Corpus } from '../content/corpus.ts'
import { buildSearch } from '../search/build-index.ts'
import { toSearchDocuments } from '../search/documents.ts'
import { addHistory, type ChangeRecord } from '../build/history-rows.ts'
import { corpusToRows, type BuildRows } from '../build/rows.ts'

export function addSearch(rows: BuildRows): { rows: BuildRows; indexJson: string } {
  const { indexJson } = buildSearch(toSearchDocuments(rows))
  return { rows, indexJson }
}

/** Rows and index for a validated corpus: what `npm run build` and the D1 seed write. */
export function buildRowsAndIndex(corpus: Corpus, history: ReadonlyMap<string, readonly ChangeRecord[]> = new Map()): { rows: BuildRows; indexJson: string } {
  return addSearch(addHistory(corpusToRows(corpus), history))
}
