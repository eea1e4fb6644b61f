/**
 * Review dates of every entry, for the editors' page. Kept apart from the entries repository:
 * only editors need all entries at once with nothing but their dates.
 */
import type { Kysely } from 'kysely'
import type { EntryType } from './entries.repository.ts'
import type { Database } from './schema.ts'

export interface ReviewDates {
  type: EntryType
  slug: string
  title: string
  titleEn: string | null
  lastReviewed: string
  reviewBy: string | null
}

export function createReviewRepository(db: Kysely<Database>) {
  return {
    async listReviewDates(): Promise<ReviewDates[]> {
      const rows = await db
        .selectFrom('entries')
        .select(['type', 'slug', 'title', 'title_en', 'last_reviewed', 'review_by'])
        .where('type', 'in', ['rule', 'workaround', 'case'])
        .orderBy('slug')
        .execute()
      return rows.map((row) => ({ type: row.type as EntryType, slug: row.slug, title: row.title, titleEn: row.title_en, lastReviewed: row.last_reviewed, reviewBy: row.review_by }))
    },
  }
}
