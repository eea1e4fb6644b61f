/**
 * Ways to improve a page and report a mistake: by e-mail to the editors (no account needed; the
 * page's address is filled in) beside the GitHub routes for people who use them.
 */
import type { ViewContext } from '../context.ts'

/** A mailto: link to the editors with a subject and the page's address filled in. */
export function reportMailto(ctx: ViewContext, title: string): string {
  const pageUrl = `${ctx.origin}${ctx.pathname}`
  const subject = ctx.t.reportSubject(title)
  const body = ctx.t.reportBody(pageUrl)
  return `mailto:${ctx.config.editorialEmail}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`
}

export function ReportLinks({ ctx, sourcePath, title }: { ctx: ViewContext; sourcePath: string; title: string }) {
  const { repositoryUrl, repositoryBranch } = ctx.config
  const issueTitle = `Verouderde informatie: ${title}`
  const issueBody = `Pagina: ${sourcePath}\n\nWat klopt er niet meer, en welke bron laat dat zien?\n`
  const issueUrl = `${repositoryUrl}/issues/new?title=${encodeURIComponent(issueTitle)}&body=${encodeURIComponent(issueBody)}&labels=verouderd`
  return (
    <ul class="improve-links">
      <li>
        <a href={reportMailto(ctx, title)}>{ctx.t.reportByEmail}</a>
      </li>
      <li>
        <a href={issueUrl}>{ctx.t.reportOutdated}</a>
      </li>
      <li>
        <a href={`${repositoryUrl}/edit/${repositoryBranch}/${sourcePath}`}>{ctx.t.improvePage}</a>
      </li>
    </ul>
  )
}
