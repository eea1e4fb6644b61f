/**
 * Kysely table types for the build database (src/db/migrations). Row types stay inside the
 * repositories; the rest of the app sees domain objects.
 */
import type { Insertable, Selectable } from 'kysely'
import type { KindName } from '../content/kinds.ts'

export interface EntriesTable {
  slug: string
  type: KindName
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
  /** The front-matter field holding the link; the registry declares which kind it points at. */
  relation: string
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

/** The commits that changed each entry's file, from the repository's history at build time. */
export interface EntryChangesTable {
  slug: string
  /** 0 is the newest. */
  position: number
  commit_sha: string
  committed_at: string
  message: string
  /** 'added' or 'modified'. */
  change: string
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
  entry_changes: EntryChangesTable
  build_info: BuildInfoTable
}

export type EntryRow = Selectable<EntriesTable>

/** Every row of a build, per table the build writes (build_info is written apart). */
export interface BuildRows {
  entries: Insertable<EntriesTable>[]
  entry_facets: Insertable<EntryFacetsTable>[]
  links: Insertable<LinksTable>[]
  entry_references: Insertable<EntryReferencesTable>[]
  entry_changes: Insertable<EntryChangesTable>[]
}
