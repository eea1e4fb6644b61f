/**
 * Review dates of every entry, for the editors' page. Kept apart from the entries repository:
 * only editors need all entries at once with nothing but their dates.
 */
import type { Kysely } from 'kysely'
import { isListedKind, listedKinds, type ListedKind } from '../content/kinds.ts'
import type { Database } from './schema.ts'

export interface ReviewDates {
  type: ListedKind
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
        .where('type', 'in', listedKinds)
        .orderBy('slug')
        .execute()
      return rows.flatMap((row) => (isListedKind(row.type) ? [row] : [])).map((row) => ({ type: row.type as ListedKind, slug: row.slug, title: row.title, titleEn: row.title_en, lastReviewed: row.last_reviewed, reviewBy: row.review_by }))
    },
  }
}
