import type { EntrySummary } from '../../db/entries.repository.ts'
import { entryPath } from '../../routes/paths.ts'
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

export function EntryBadges({ entry, ctx, withType = false }: { entry: EntrySummary; ctx: ViewContext; withType?: boolean }) {
  const m = entry.meta
  return (
    <p class="badges">
      {withType && <TypeBadge value={entry.type} lang={ctx.lang} />}
      {entry.type === 'rule' && <StatusBadge value={String(m.status)} lang={ctx.lang} />}
      {entry.type === 'workaround' && <CertaintyBadge value={String(m.certainty)} lang={ctx.lang} />}
      {entry.type === 'case' && <OutcomeBadge value={String(m.outcome)} lang={ctx.lang} />}
      {entry.type === 'case' && <BarrierBadge value={String(m.barrier)} lang={ctx.lang} />}
      {entry.type === 'case' && <span class="badge badge--place">{String(m.place)}</span>}
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
