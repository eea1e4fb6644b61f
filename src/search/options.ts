/**
 * What both indexes agree on: the search document, the analysis of a word into index terms,
 * field and type weights. Build and query use the same functions, or the loaded index finds nothing.
 */
import { isListedKind, listingOf, type ListedKind } from '../content/kinds.ts'
import { entryFacetNames, type EntryFacetName } from '../content/taxonomy.ts'
import { stem, tokenize } from './analyze.ts'
import type { Splitter } from './compounds.ts'

/** What the index stores about each document: its texts and its value for every entry facet. */
export type SearchDocument = {
  id: string
  type: ListedKind
  title: string
  title_en: string
  aliases: string
  summary: string
  /** The English summary, for the English index (english.ts). */
  summary_en?: string
  body: string
} & Record<EntryFacetName, string[]>

/** Joins an entry's aliases in the `aliases` field. */
export const ALIAS_SEPARATOR = ' · '

/** What a hit and the facets need of each document, kept beside the index (not in it: MiniSearch would copy them into every match). */
export const STORED_FIELDS = ['type', 'title', 'title_en', 'aliases', 'summary', ...entryFacetNames] as const
export type StoredDocument = Pick<SearchDocument, 'type' | 'title' | 'title_en' | 'aliases' | 'summary' | EntryFacetName>

export const storedFields = (doc: SearchDocument): StoredDocument => Object.fromEntries(STORED_FIELDS.map((f) => [f, doc[f]])) as StoredDocument

/** Field weights of the in-memory index: a match in the title counts most. */
export const FIELD_BOOST = { title: 6, aliases: 5, title_en: 3 }

/** Documents of a type that names a rule or a way through rank above cases that only mention it. */
export function typeBoost(type: string): number {
  return isListedKind(type) ? listingOf(type).boost : 1
}

/** Order of the kinds for an equal match and in the browse order (the registry's rank). */
export function typeOrder(type: string): number {
  return isListedKind(type) ? listingOf(type).rank : Number.MAX_SAFE_INTEGER
}

/** The index terms of one word: its stem, plus the stems of its compound parts. */
export function analyzeWord(word: string, split: Splitter): string | string[] {
  const parts = word.includes('-') ? undefined : split(word)
  return parts ? [stem(word), ...parts.map(stem)] : stem(word)
}

/** The index terms of a text, in order, as the body index stores them. */
export function analyzeTerms(text: string, split: Splitter): string[] {
  return tokenize(text).flatMap((w) => analyzeWord(w, split))
}

/** Fuzziness grows with term length: none for short terms, whose near neighbours are unrelated words. */
export function fuzzyFor(term: string): number {
  if (term.length <= 4) return 0
  if (term.length <= 8) return 1
  return 2
}
