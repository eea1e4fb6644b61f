/**
 * The entries as the app sees them: typed by their kind, front matter included. Views and the
 * API receive these; the repository is the one place that makes them from rows.
 */
import type { Selectable } from 'kysely'
import type { ListedKind, MetaOf } from '../content/kinds.ts'
import type { EntryReferencesTable } from './schema.ts'

/** The front matter kept beside the columns: every field but those with a column of their own. */
export type StoredMeta<K extends ListedKind> = Omit<MetaOf<K>, 'title' | 'title_en' | 'summary' | 'summary_en' | 'last_reviewed'>

interface SummaryFields {
  slug: string
  title: string
  titleEn: string | null
  summary: string
  summaryEn: string | null
  lastReviewed: string
  reviewBy: string | null
  /** Date (YYYY-MM-DD) of the last commit that changed the entry's file; its last review date when the build had no history. */
  lastChanged: string
  /** Facet values as the build derived them: domain, level, instrument, outcome, applies, … */
  facets: Record<string, string[]>
}

// Distributive, so that EntrySummaryOf<ListedKind> is the union that `type` narrows.
export type EntrySummaryOf<K extends ListedKind> = K extends ListedKind ? SummaryFields & { type: K; meta: StoredMeta<K> } : never
/** An entry of any listed kind; checking `type` narrows `meta`. */
export type EntrySummary = { [K in ListedKind]: EntrySummaryOf<K> }[ListedKind]

/** A source as pages and the API show it: the stored reference without its entry and position. */
export type ReferenceView = Omit<Selectable<EntryReferencesTable>, 'slug' | 'position'>

interface DetailFields {
  bodyHtml: string
  sourcePath: string
  references: ReferenceView[]
  /** Entries linked to or from this one, per kind: its own links in their order, then those pointing here by title. */
  linked: { [K in ListedKind]: EntrySummaryOf<K>[] }
  /** Changes to the entry's file, newest first; empty when the build had no history. */
  changes: EntryChange[]
}

/** One commit that changed an entry's source file (src/build/history-fs.ts). */
export interface EntryChange {
  commit: string
  /** Commit time, ISO 8601 with offset. */
  date: string
  /** First line of the commit message. */
  message: string
  /** Whether this commit added the file (the entry is new) rather than changed it. */
  added: boolean
}

export type EntryDetailOf<K extends ListedKind> = K extends ListedKind ? EntrySummaryOf<K> & DetailFields : never
export type EntryDetail = { [K in ListedKind]: EntryDetailOf<K> }[ListedKind]

export interface Page {
  slug: string
  title: string
  titleEn: string | null
  summary: string
  bodyHtml: string
  lastReviewed: string
  sourcePath: string
}

export type FacetFilters = Partial<Record<string, string[]>>
