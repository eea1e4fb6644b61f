/**
 * The editors' page (/redactie, /en/editors): entries by review date, and the open signals of the
 * last watch report the build found.
 */
import { Hono } from 'hono'
import type { Lang } from '../content/taxonomy.ts'
import { createReviewRepository } from '../db/review.repository.ts'
import type { AppEnv, Deps } from '../env.ts'
import { reviewStatus } from '../watch/report.ts'
import { EditorsPage } from '../views/pages/editors.tsx'
import { htmlResponse, viewContext } from './html.tsx'

/** Entries due within this many days count as due soon, as in the watch's default. */
const DUE_SOON_DAYS = 30

export function createEditorsRoutes(deps: Deps, lang: Lang) {
  const reviews = createReviewRepository(deps.db)
  const editors = new Hono<AppEnv>()
  editors.get('/', async (c) => {
    const ctx = viewContext(c, deps, lang)
    const signals = new Map(deps.watchReport?.entries.map((e) => [e.slug, e.signals.length]) ?? [])
    const entries = (await reviews.listReviewDates())
      .map((e) => ({ ...e, review: reviewStatus(e.lastReviewed, e.reviewBy ?? undefined, ctx.today, DUE_SOON_DAYS), signals: signals.get(e.slug) ?? 0 }))
      .sort((a, b) => a.review.dueOn.localeCompare(b.review.dueOn) || b.signals - a.signals || a.slug.localeCompare(b.slug))
    return htmlResponse(c, <EditorsPage ctx={ctx} data={{ entries, report: deps.watchReport }} />)
  })
  return editors
}
