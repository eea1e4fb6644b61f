import type { VNode } from 'preact'
import type { ListedKind } from '../../content/kinds.ts'
import type { EntrySummary, EntrySummaryOf } from '../../db/entries.repository.ts'
import { entryPath } from '../../paths.ts'
import { summaryIn, titleIn, titleLang } from '../../i18n/content-text.ts'
import type { ViewContext } from '../context.ts'
import { outcomeText } from './outcome.ts'
import { parentKind, parentSlugs, type EntryNames } from '../parents.ts'
import { BarrierBadge, CertaintyBadge, OutcomeBadge, StatusBadge, TypeBadge } from './badges.tsx'

/** Title in the interface language when the content has one, otherwise the Dutch one. */
export function displayTitle(entry: { title: string; titleEn: string | null }, ctx: ViewContext): string {
  return titleIn(entry, ctx.lang)
}

export function displaySummary(entry: { summary: string; summaryEn: string | null }, ctx: ViewContext): { text: string; lang?: 'nl' } {
  return summaryIn(entry, ctx.lang)
}

/** The badges on a card, per kind; a kind without an entry here fails the type check. */
const badgesOf: { [K in ListedKind]: (entry: EntrySummaryOf<K>, ctx: ViewContext) => VNode[] } = {
  rule: (e, ctx) => [<StatusBadge value={e.meta.status} lang={ctx.lang} />],
  workaround: (e, ctx) => [<CertaintyBadge value={e.meta.certainty} lang={ctx.lang} />],
  scan: (e, ctx) => [<span class="badge badge--scan">{ctx.t.scan.questionCount(e.meta.questions.length)}</span>],
  case: (e, ctx) => [<OutcomeBadge value={e.meta.outcome} lang={ctx.lang} text={outcomeText(e.meta, ctx.lang)} />, <BarrierBadge value={e.meta.barrier} lang={ctx.lang} />, <span class="badge badge--place">{e.meta.place}</span>],
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

interface CardOptions {
  headingLevel?: 2 | 3
  withType?: boolean
  /** Titles of the rules cards belong to; with them, a card says "Hoort bij: …". */
  names?: EntryNames
}

/** "Hoort bij: Didam-arrest": the rules an entry belongs to, when their names are known. */
export function BelongsTo({ entry, ctx, names }: { entry: EntrySummary; ctx: ViewContext; names?: EntryNames }) {
  const parents = names ? parentSlugs(entry).flatMap((slug) => (names.has(slug) ? [{ slug, ...names.get(slug)! }] : [])) : []
  if (!parents.length) return null
  return (
    <p class="card__parents">
      {ctx.t.belongsTo}{' '}
      {parents.map((p, i) => (
        <>
          {i > 0 && ', '}
          <a href={entryPath(ctx.lang, parentKind, p.slug)}>{displayTitle(p, ctx)}</a>
        </>
      ))}
    </p>
  )
}

export function EntryCard({ entry, ctx, headingLevel = 3, withType = false, names }: { entry: EntrySummary; ctx: ViewContext } & CardOptions) {
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
      <BelongsTo entry={entry} ctx={ctx} names={names} />
    </li>
  )
}

export function EntryCards({ entries, ctx, headingLevel = 3, withType = false, names }: { entries: EntrySummary[]; ctx: ViewContext } & CardOptions) {
  return (
    <ul class="cards" role="list">
      {entries.map((e) => (
        <EntryCard entry={e} ctx={ctx} headingLevel={headingLevel} withType={withType} names={names} />
      ))}
    </ul>
  )
}

/** A compact list of links: for related entries that need no summary. */
export function EntryLinks({ entries, ctx }: { entries: EntrySummary[]; ctx: ViewContext }) {
  return (
    <ul class="entry-links">
      {entries.map((e) => (
        <li>
          <a href={entryPath(ctx.lang, e.type, e.slug)} lang={titleLang(e, ctx.lang)}>
            {displayTitle(e, ctx)}
          </a>
        </li>
      ))}
    </ul>
  )
}
