/**
 * Kysely table types for the build database (src/db/migrations). Row types stay inside the
 * repositories; the rest of the app sees domain objects.
 */
import type { Selectable } from 'kysely'

export interface EntriesTable {
  slug: string
  type: 'rule' | 'workaround' | 'case' | 'page'
  title: string
  title_en: string | null
  summary: string
  summary_en: string | null
  body_html: string
  body_text: string
  meta_json: string
  last_reviewed: string
  review_by: string | null
  source_path: string
}

export interface EntryFacetsTable {
  slug: string
  facet: string
  value: string
}

export interface LinksTable {
  from_slug: string
  to_slug: string
  relation: 'related' | 'rule' | 'workaround'
  position: number
}

export interface EntryReferencesTable {
  slug: string
  position: number
  type: string
  identifier: string | null
  article: string | null
  title: string
  url: string
  publisher: string | null
  published: string | null
}

/** FTS5 table of analysed body terms (0002_search_body.sql). */
export interface SearchBodyTable {
  /** Position of the document in the search artefact's `bodyIds`, plus one: set explicitly so Node and D1 agree. */
  rowid: number
  slug: string
  /** Analysed summary terms. */
  summary: string
  /** Analysed body terms. */
  terms: string
}

export interface BuildInfoTable {
  key: string
  value: string
}

export interface Database {
  entries: EntriesTable
  entry_facets: EntryFacetsTable
  links: LinksTable
  entry_references: EntryReferencesTable
  search_body: SearchBodyTable
  build_info: BuildInfoTable
}

export type EntryRow = Selectable<EntriesTable>
