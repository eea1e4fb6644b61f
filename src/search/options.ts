/**
 * What both indexes agree on: the search document, the analysis of a word into index terms,
 * field and type weights. Build and query use the same functions, or the loaded index finds nothing.
 */
import { stem, tokenize } from './analyze.ts'
import type { Splitter } from './compounds.ts'

/** What the index stores about each document. */
export interface SearchDocument {
  id: string
  type: 'rule' | 'workaround' | 'case'
  title: string
  title_en: string
  aliases: string
  summary: string
  body: string
  domain: string[]
  level: string[]
  instrument: string[]
  outcome: string[]
  barrier: string[]
}

/** Joins an entry's aliases in the `aliases` field. */
export const ALIAS_SEPARATOR = ' · '

/** What a hit and the facets need of each document, kept beside the index (not in it: MiniSearch would copy them into every match). */
export const STORED_FIELDS = ['type', 'title', 'title_en', 'aliases', 'summary', 'domain', 'level', 'instrument', 'outcome', 'barrier'] as const
export type StoredDocument = Pick<SearchDocument, (typeof STORED_FIELDS)[number]>

export const storedFields = (doc: SearchDocument): StoredDocument => Object.fromEntries(STORED_FIELDS.map((f) => [f, doc[f]])) as StoredDocument

/** Field weights of the in-memory index: a match in the title counts most. */
export const FIELD_BOOST = { title: 6, aliases: 5, title_en: 3 }

/** Documents of a type that names a rule or a way through rank above cases that only mention it. */
export const TYPE_BOOST: Record<SearchDocument['type'], number> = { rule: 1.5, workaround: 1.2, case: 1 }

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
