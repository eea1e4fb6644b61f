import { appliesTo as appliesToVocab, certainties, domains, instruments, labelOf, levels, ruleKinds } from '../../content/taxonomy.ts'
import type { EntryDetailOf } from '../../db/entries.repository.ts'
import { StatusBadge } from '../components/badges.tsx'
import { bodySections, ContentsList } from '../components/contents.tsx'
import { displayTitle, EntryCards, EntryLinks } from '../components/entry-card.tsx'
import { byCertainty, InShort } from '../components/in-short.tsx'
import { Layout } from '../components/layout.tsx'
import type { ViewContext } from '../context.ts'
import { EntryBody, EntryFooter, EntryHeader, Glance, GlanceItem } from './entry-parts.tsx'
import { DateText } from '../components/date-text.tsx'
import { RuleScans } from '../components/rule-scans.tsx'

/**
 * A rule page that answers first: "In het kort" (the answer and the best ways through) under the
 * title, a contents list, then the detail. Each linked entry appears once.
 */
export function RulePage({ ctx, rule }: { ctx: ViewContext; rule: EntryDetailOf<'rule'> }) {
  const { t, lang } = ctx
  const m = rule.meta
  const { workaround: workarounds, case: cases, rule: related } = rule.linked
  const ways = byCertainty(workarounds)
  const list = (vocab: Parameters<typeof labelOf>[0], keys: readonly string[]) => keys.map((k) => labelOf(vocab, k, lang)).join(', ')
  const certaintyCounts = certainties.keys
    .map((c) => [c, workarounds.filter((w) => w.meta.certainty === c).length] as const)
    .filter(([, n]) => n > 0)
  const sections = [
    ...bodySections(rule.bodyHtml),
    { id: 'workarounds-heading', label: `${t.workaroundsHeading} (${workarounds.length})` },
    { id: 'cases-heading', label: `${t.casesHeading} (${cases.length})` },
    ...(related.length ? [{ id: 'related-heading', label: t.relatedHeading }] : []),
    { id: 'references-heading', label: t.referencesHeading },
  ]
  return (
    <Layout ctx={ctx} title={displayTitle(rule, ctx)} description={rule.summary}>
      <article class="entry entry--rule">
        <EntryHeader ctx={ctx} entry={rule} answer={<InShort ctx={ctx} entry={rule} ways={ways} allHref="#workarounds-heading" />} />
        <ContentsList ctx={ctx} sections={sections} />
        <Glance ctx={ctx}>
          <GlanceItem term={t.kind}>{labelOf(ruleKinds, m.kind, lang)}</GlanceItem>
          <GlanceItem term={t.status}>
            <StatusBadge value={m.status} lang={lang} />
          </GlanceItem>
          <GlanceItem term={t.appliesTo}>{list(appliesToVocab, m.applies_to)}</GlanceItem>
          <GlanceItem term={t.levels}>{list(levels, m.levels)}</GlanceItem>
          <GlanceItem term={t.instruments}>{list(instruments, m.instruments)}</GlanceItem>
          <GlanceItem term={t.domains}>{list(domains, m.domains)}</GlanceItem>
          <GlanceItem term={t.workaroundCertainty}>
            {certaintyCounts.length ? certaintyCounts.map(([c, n]) => `${n}× ${labelOf(certainties, c, lang).toLowerCase()}`).join(', ') : t.noneYet}
          </GlanceItem>
          <GlanceItem term={t.lastReviewed}>
            <DateText ctx={ctx} date={rule.lastReviewed} />
          </GlanceItem>
        </Glance>
        {m.changes && (
          <div class="notice notice--info" role="note">
            <h2 class="notice__heading">{t.changes}</h2>
            <p lang="nl">{m.changes}</p>
          </div>
        )}
        <EntryBody entry={rule} />
        <section class="related" aria-labelledby="workarounds-heading">
          <h2 id="workarounds-heading">{t.workaroundsHeading}</h2>
          {ways.length ? <EntryCards entries={ways} ctx={ctx} /> : <p>{t.noneYet}</p>}
        </section>
        <section class="related" aria-labelledby="cases-heading">
          <h2 id="cases-heading">{t.casesHeading}</h2>
          {cases.length ? <EntryCards entries={cases} ctx={ctx} /> : <p>{t.noneYet}</p>}
        </section>
        <RuleScans ctx={ctx} scans={rule.linked.scan} />
        {related.length > 0 && (
          <section class="related" aria-labelledby="related-heading">
            <h2 id="related-heading">{t.relatedHeading}</h2>
            <EntryLinks entries={related} ctx={ctx} />
          </section>
        )}
        <EntryFooter ctx={ctx} entry={rule} />
      </article>
    </Layout>
  )
}
