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
        <strong>{ctx.lang === 'nl' ? 'Let op: ' : 'Note: '}</strong>
        {message}
      </p>
    </div>
  )
}

export function ImproveLinks({ ctx, sourcePath, title }: { ctx: ViewContext; sourcePath: string; title: string }) {
  const { repositoryUrl, repositoryBranch } = ctx.config
  const issueTitle = `Verouderde informatie: ${title}`
  const issueBody = `Pagina: ${sourcePath}\n\nWat klopt er niet meer, en welke bron laat dat zien?\n`
  const issueUrl = `${repositoryUrl}/issues/new?title=${encodeURIComponent(issueTitle)}&body=${encodeURIComponent(issueBody)}&labels=verouderd`
  return (
    <ul class="improve-links">
      <li>
        <a href={`${repositoryUrl}/edit/${repositoryBranch}/${sourcePath}`}>{ctx.t.improvePage}</a>
      </li>
      <li>
        <a href={issueUrl}>{ctx.t.reportOutdated}</a>
      </li>
    </ul>
  )
}
