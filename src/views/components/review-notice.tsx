import { pageMessages } from '../page-messages.ts'
import type { ViewContext } from '../context.ts'
import { longDate } from './date-text.tsx'

/** A notice when an entry is due for review: its review date has passed, or it is over a year old. */
export function ReviewNotice({ ctx, lastReviewed, reviewBy }: { ctx: ViewContext; lastReviewed: string; reviewBy: string | null }) {
  const yearAgo = `${Number(ctx.today.slice(0, 4)) - 1}${ctx.today.slice(4)}`
  const message = reviewBy && reviewBy < ctx.today ? ctx.t.reviewDue(longDate(reviewBy, ctx.lang)) : lastReviewed < yearAgo ? ctx.t.reviewOld(longDate(lastReviewed, ctx.lang)) : undefined
  if (!message) return null
  return (
    <div class="notice notice--warning" role="note">
      <p>
        <strong>{pageMessages(ctx.lang).reviewNoteLabel}</strong>
        {message}
      </p>
    </div>
  )
}

/** Kept under its old name for the pages that use it; the links are in report-links.tsx. */
export { ReportLinks as ImproveLinks } from './report-links.tsx'
