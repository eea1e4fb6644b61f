/**
 * The one MiniSearch configuration, used when the index is built and when it is loaded.
 * Both sides must agree on fields and analysis, or the loaded index finds nothing.
 */
import type { Options } from 'minisearch'
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

export const STORED_FIELDS = ['type', 'title', 'title_en', 'aliases', 'summary', 'domain', 'level', 'instrument', 'outcome', 'barrier'] as const

/** Field weights: a match in the title or an alias counts far more than one in the body. */
export const FIELD_BOOST = { title: 6, aliases: 5, title_en: 3, summary: 2, body: 1 }

/** Documents of a type that names a rule or a way through rank above cases that only mention it. */
export const TYPE_BOOST: Record<SearchDocument['type'], number> = { rule: 1.5, workaround: 1.2, case: 1 }

/**
 * Index options. At index time each word yields its stem plus the stems of its compound
 * parts; at query time the query builder (query.ts) hands MiniSearch single stems.
 */
export function createIndexOptions(split: Splitter): Options<SearchDocument> {
  return {
    fields: ['title', 'title_en', 'aliases', 'summary', 'body'],
    storeFields: [...STORED_FIELDS],
    tokenize: (text) => tokenize(text),
    processTerm: (term) => {
      const parts = term.includes('-') ? undefined : split(term)
      return parts ? [stem(term), ...parts.map(stem)] : stem(term)
    },
    searchOptions: { tokenize: (text) => [text], processTerm: (term) => term },
  }
}

/** Fuzziness grows with term length: none for short terms, whose near neighbours are unrelated words. */
export function fuzzyFor(term: string): number {
  if (term.length <= 4) return 0
  if (term.length <= 8) return 1
  return 2
}
