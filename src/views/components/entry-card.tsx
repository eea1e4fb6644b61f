import type { VNode } from 'preact'
import type { ListedKind } from '../../content/kinds.ts'
import type { EntrySummary, EntrySummaryOf } from '../../db/entries.repository.ts'
import { entryPath } from '../../paths.ts'
import type { ViewContext } from '../context.ts'
import { BarrierBadge, CertaintyBadge, OutcomeBadge, StatusBadge, TypeBadge } from './badges.tsx'

/** Title in the interface language when an English title exists, otherwise the Dutch one. */
export function displayTitle(entry: { title: string; titleEn: string | null }, ctx: ViewContext): string {
  return ctx.lang === 'en' && entry.titleEn ? entry.titleEn : entry.title
}

export function displaySummary(entry: { summary: string; summaryEn: string | null }, ctx: ViewContext): { text: string; lang?: 'nl' } {
  if (ctx.lang === 'en') return entry.summaryEn ? { text: entry.summaryEn } : { text: entry.summary, lang: 'nl' }
  return { text: entry.summary }
}

/** The badges on a card, per kind; a kind without an entry here fails the type check. */
const badgesOf: { [K in ListedKind]: (entry: EntrySummaryOf<K>, ctx: ViewContext) => VNode[] } = {
  rule: (e, ctx) => [<StatusBadge value={e.meta.status} lang={ctx.lang} />],
  workaround: (e, ctx) => [<CertaintyBadge value={e.meta.certainty} lang={ctx.lang} />],
  scan: (e, ctx) => [<span class="badge badge--scan">{ctx.t.scan.questionCount(e.meta.questions.length)}</span>],
  case: (e, ctx) => [<OutcomeBadge value={e.meta.outcome} lang={ctx.lang} />, <BarrierBadge value={e.meta.barrier} lang={ctx.lang} />, <span class="badge badge--place">{e.meta.place}</span>],
}

export function EntryBadges({ entry, ctx, withType = false }: { entry: EntrySummary; ctx: ViewContext; withType?: boolean }) {
  const badges = (badgesOf[entry.type] as (e: EntrySummary, ctx: ViewContext) => VNode[])(entry, ctx)
  return (
    <p class="badges">
      {withType && <TypeBadge value={entry.type} lang={ctx.lang} />}
      {badges}
    </p>
  )
}

export function EntryCard({ entry, ctx, headingLevel = 3, withType = false }: { entry: EntrySummary; ctx: ViewContext; headingLevel?: 2 | 3; withType?: boolean }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const summary = displaySummary(entry, ctx)
  return (
    <li class="card">
      <Heading class="card__title">
        <a href={entryPath(ctx.lang, entry.type, entry.slug)}>{displayTitle(entry, ctx)}</a>
      </Heading>
      <EntryBadges entry={entry} ctx={ctx} withType={withType} />
      <p class="card__summary" lang={summary.lang}>
        {summary.text}
      </p>
    </li>
  )
}

export function EntryCards({ entries, ctx, headingLevel = 3, withType = false }: { entries: EntrySummary[]; ctx: ViewContext; headingLevel?: 2 | 3; withType?: boolean }) {
  return (
    <ul class="cards" role="list">
      {entries.map((e) => (
        <EntryCard entry={e} ctx={ctx} headingLevel={headingLevel} withType={withType} />
      ))}
    </ul>
  )
}
