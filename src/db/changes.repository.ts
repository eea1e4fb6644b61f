/**
 * Read access to the history of entries (table entry_changes): the changes of one entry, the
 * date of each entry's last change, and the newest changes for the feeds.
 */
import type { Kysely } from 'kysely'
import type { ListedKind } from '../content/kinds.ts'
import type { EntryChange } from './entry-types.ts'
import type { Database } from './schema.ts'

/** A change with the entry it belongs to, for feeds. */
export interface FeedChange extends EntryChange {
  slug: string
  type: ListedKind
  title: string
  summary: string
}

export interface FeedFilter {
  kind?: ListedKind
  domain?: string
}

export function createChangesRepository(db: Kysely<Database>) {
  return {
    /** The changes of one entry, newest first. */
    async changesOf(slug: string): Promise<EntryChange[]> {
      const rows = await db.selectFrom('entry_changes').selectAll().where('slug', '=', slug).orderBy('position').execute()
      return rows.map((r) => ({ commit: r.commit_sha, date: r.committed_at, message: r.message, added: r.change === 'added' }))
    },

    /** Date (YYYY-MM-DD) of the newest change per slug; slugs without history are missing. */
    async lastChangedOf(slugs: string[]): Promise<Map<string, string>> {
      if (!slugs.length) return new Map()
      const rows = await db.selectFrom('entry_changes').select(['slug', 'committed_at']).where('position', '=', 0).where('slug', 'in', slugs).execute()
      return new Map(rows.map((r) => [r.slug, r.committed_at.slice(0, 10)]))
    },

    /** The newest changes of listed entries, optionally of one kind or one domain. */
    async recentChanges(kinds: readonly ListedKind[], filter: FeedFilter, limit: number): Promise<FeedChange[]> {
      let query = db
        .selectFrom('entry_changes')
        .innerJoin('entries', 'entries.slug', 'entry_changes.slug')
        .select(['entry_changes.slug', 'entries.type', 'entries.title', 'entries.summary', 'entry_changes.commit_sha', 'entry_changes.committed_at', 'entry_changes.message', 'entry_changes.change'])
        .where('entries.type', 'in', filter.kind ? [filter.kind] : [...kinds])
      if (filter.domain) {
        query = query.where('entries.slug', 'in', db.selectFrom('entry_facets').select('slug').where('facet', '=', 'domain').where('value', '=', filter.domain))
      }
      const rows = await query.orderBy('entry_changes.committed_at', 'desc').orderBy('entry_changes.slug').limit(limit).execute()
      return rows.map((r) => ({
        slug: r.slug,
        type: r.type as ListedKind,
        title: r.title,
        summary: r.summary,
        commit: r.commit_sha,
        date: r.committed_at,
        message: r.message,
        added: r.change === 'added',
      }))
    },
  }
}

export type ChangesRepository = ReturnType<typeof createChangesRepository>
