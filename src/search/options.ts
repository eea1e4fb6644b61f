/**
 * The one MiniSearch configuration, used when the index is built and when it is loaded.
 * Both sides must agree on fields and analysis, or the loaded index finds nothing.
 */
import type { Options, SearchOptions } from 'minisearch'
import { tokenize } from './analyze.ts'

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

export const STORED_FIELDS = ['type', 'title', 'title_en', 'summary', 'domain', 'level', 'instrument', 'outcome', 'barrier'] as const

export const indexOptions: Options<SearchDocument> = {
  fields: ['title', 'title_en', 'aliases', 'summary', 'body'],
  storeFields: [...STORED_FIELDS],
  tokenize: (text) => tokenize(text),
  processTerm: (term) => term,
}

/** Fuzziness grows with term length: none for short terms, whose near neighbours are unrelated words. */
export function fuzzyFor(term: string): number {
  if (term.length <= 4) return 0
  if (term.length <= 7) return 1
  return 2
}

export const searchOptions: SearchOptions = {
  boost: { title: 5, aliases: 4, title_en: 3, summary: 2, body: 1 },
  combineWith: 'OR',
  // Prefix matching only on the last term: that is the one still being typed.
  prefix: (term, index, terms) => index === terms.length - 1 && term.length >= 3,
  fuzzy: (term) => fuzzyFor(term),
  maxFuzzy: 2,
}
