import { kindLabel } from '../../content/kinds.ts'
/** Pieces shared by the rule, workaround and case pages. */
import { contentIsForeign, hasOwnTitle, titleLang } from '../../i18n/content-text.ts'
import { CONTENT_LANG } from '../../i18n/languages.ts'
import type { ComponentChildren } from 'preact'
import type { EntryDetail } from '../../db/entries.repository.ts'
import { pathsOf } from '../../paths.ts'
import { Breadcrumbs } from '../components/breadcrumbs.tsx'
import { EntryChanges } from '../components/entry-changes.tsx'
import { displaySummary, displayTitle } from '../components/entry-card.tsx'
import { References } from '../components/references.tsx'
import { ImproveLinks, ReviewNotice } from '../components/review-notice.tsx'
import { TrustedHtml } from '../components/markdown-html.tsx'
import type { ViewContext } from '../context.ts'
import { longDate } from '../components/date-text.tsx'

interface EntryHeaderProps {
  ctx: ViewContext
  entry: EntryDetail
  /** The breadcrumb trail after Home; by default the entry's list. */
  trail?: { href: string; label: string }[]
  /** Shown beside the title, such as a workaround's certainty. */
  titleBadge?: ComponentChildren
  /** Replaces the plain summary under the title, such as the "In het kort" box. */
  answer?: ComponentChildren
}

export function EntryHeader({ ctx, entry, trail, titleBadge, answer }: EntryHeaderProps) {
  const { t, lang } = ctx
  const summary = displaySummary(entry, ctx)
  return (
    <>
      <Breadcrumbs ctx={ctx} items={[{ href: pathsOf(lang).home, label: t.home }, ...(trail ?? [{ href: pathsOf(lang)[entry.type], label: kindLabel(entry.type, lang) }])]} />
      <div class="entry__title">
        <h1 lang={titleLang(entry, lang)}>{displayTitle(entry, ctx)}</h1>
        {titleBadge && <p class="entry__title-badge">{titleBadge}</p>}
      </div>
      {contentIsForeign(lang) && hasOwnTitle(entry, lang) && (
        <p class="subtitle" lang={CONTENT_LANG}>
          {entry.title}
        </p>
      )}
      <PrintMeta ctx={ctx} lastReviewed={entry.lastReviewed} />
      {answer ?? (
        <p class="lead" lang={summary.lang}>
          {summary.text}
        </p>
      )}
      <ReviewNotice ctx={ctx} lastReviewed={entry.lastReviewed} reviewBy={entry.reviewBy} />
      {contentIsForeign(lang) && t.contentIsDutch && (
        <p class="notice notice--info" role="note">
          {t.contentIsDutch}
        </p>
      )}
    </>
  )
}

export function Glance({ ctx, children }: { ctx: ViewContext; children: ComponentChildren }) {
  return (
    <aside class="glance" aria-labelledby="glance-heading">
      <h2 id="glance-heading">{ctx.t.atAGlance}</h2>
      <dl>{children}</dl>
    </aside>
  )
}

export function GlanceItem({ term, children }: { term: string; children: ComponentChildren }) {
  return (
    <div class="glance__item">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  )
}

export function EntryBody({ entry }: { entry: EntryDetail }) {
  return <TrustedHtml class="prose" html={entry.bodyHtml} lang="nl" />
}

export function EntryFooter({ ctx, entry }: { ctx: ViewContext; entry: EntryDetail }) {
  return (
    <>
      <section aria-labelledby="references-heading">
        <h2 id="references-heading">{ctx.t.referencesHeading}</h2>
        <References references={entry.references} ctx={ctx} />
      </section>
      <EntryChanges ctx={ctx} entry={entry} />
      <ImproveLinks ctx={ctx} sourcePath={entry.sourcePath} title={entry.title} />
    </>
  )
}

/** Only on paper: where the page came from, when it was printed and when it was last checked. */
export function PrintMeta({ ctx, lastReviewed }: { ctx: ViewContext; lastReviewed: string }) {
  return (
    <p class="print-meta">
      {ctx.t.printedFrom(`${ctx.origin}${ctx.pathname}`, longDate(ctx.today, ctx.lang))} {ctx.t.lastReviewed}: {longDate(lastReviewed, ctx.lang)}.
    </p>
  )
}
