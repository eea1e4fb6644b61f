/** Builds the serialized search index from search documents (build time only). */
import MiniSearch from 'minisearch'
import { indexOptions, type SearchDocument } from './options.ts'

export function buildSearchIndex(documents: SearchDocument[]): string {
  const index = new MiniSearch<SearchDocument>(indexOptions)
  index.addAll(documents)
  return JSON.stringify(index)
}
