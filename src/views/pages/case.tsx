import { domains, labelOf, legalForms, provinces } from '../../content/taxonomy.ts'
import type { EntryDetailOf } from '../../db/entries.repository.ts'
import { BarrierBadge, OutcomeBadge } from '../components/badges.tsx'
import { displayTitle, EntryCards } from '../components/entry-card.tsx'
import { Layout } from '../components/layout.tsx'
import { periodText } from '../components/period.ts'
import { outcomeText } from '../components/outcome.ts'
import type { ViewContext } from '../context.ts'
import { DateText } from '../components/date-text.tsx'
import { EntryBody, EntryFooter, EntryHeader, Glance, GlanceItem } from './entry-parts.tsx'

export function CasePage({ ctx, entry }: { ctx: ViewContext; entry: EntryDetailOf<'case'> }) {
  const { t, lang } = ctx
  const m = entry.meta
  const { rule: rules, workaround: workarounds } = entry.linked
  const period = periodText(m.period, t.ongoingSince)
  return (
    <Layout ctx={ctx} title={displayTitle(entry, ctx)} description={entry.summary}>
      <article class="entry entry--case">
        <EntryHeader ctx={ctx} entry={entry} />
        <Glance ctx={ctx}>
          <GlanceItem term={t.outcome}>
            <OutcomeBadge value={m.outcome} lang={lang} text={outcomeText(m, lang)} />
          </GlanceItem>
          <GlanceItem term={t.barrier}>
            <BarrierBadge value={m.barrier} lang={lang} />
          </GlanceItem>
          <GlanceItem term={t.place}>
            {m.place} ({labelOf(provinces, m.province, lang)})
          </GlanceItem>
          <GlanceItem term={t.period}>{period}</GlanceItem>
          <GlanceItem term={t.initiative}>
            <span lang="nl">{m.initiative.name}</span> ({labelOf(legalForms, m.initiative.legal_form, lang).toLowerCase()})
          </GlanceItem>
          {m.public_bodies.length > 0 && (
            <GlanceItem term={t.publicBodies}>
              <span lang="nl">{m.public_bodies.join(', ')}</span>
            </GlanceItem>
          )}
          <GlanceItem term={t.domains}>{m.domains.map((d) => labelOf(domains, d, lang)).join(', ')}</GlanceItem>
          <GlanceItem term={t.lastReviewed}>
            <DateText ctx={ctx} date={entry.lastReviewed} />
          </GlanceItem>
        </Glance>
        <EntryBody entry={entry} />
        <section aria-labelledby="rules-heading">
          <h2 id="rules-heading">{t.rulesHeading}</h2>
          <EntryCards entries={rules} ctx={ctx} />
        </section>
        {workarounds.length > 0 && (
          <section aria-labelledby="workarounds-heading">
            <h2 id="workarounds-heading">{t.workaroundsHeading}</h2>
            <EntryCards entries={workarounds} ctx={ctx} />
          </section>
        )}
        <EntryFooter ctx={ctx} entry={entry} />
      </article>
    </Layout>
  )
}
