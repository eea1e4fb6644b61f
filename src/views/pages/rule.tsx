import { certainties, domains, instruments, labelOf, levels, ruleKinds } from '../../content/taxonomy.ts'
import type { EntryDetailOf } from '../../db/entries.repository.ts'
import { entryPath } from '../../paths.ts'
import { StatusBadge } from '../components/badges.tsx'
import { displayTitle, EntryCards } from '../components/entry-card.tsx'
import { Layout } from '../components/layout.tsx'
import type { ViewContext } from '../context.ts'
import { EntryBody, EntryFooter, EntryHeader, Glance, GlanceItem } from './entry-parts.tsx'
import { RuleScans } from '../components/rule-scans.tsx'

export function RulePage({ ctx, rule }: { ctx: ViewContext; rule: EntryDetailOf<'rule'> }) {
  const { t, lang } = ctx
  const m = rule.meta
  const { workaround: workarounds, case: cases, rule: related } = rule.linked
  const list = (vocab: Parameters<typeof labelOf>[0], keys: readonly string[]) => keys.map((k) => labelOf(vocab, k, lang)).join(', ')
  const certaintyCounts = certainties.keys
    .map((c) => [c, workarounds.filter((w) => w.meta.certainty === c).length] as const)
    .filter(([, n]) => n > 0)
  return (
    <Layout ctx={ctx} title={displayTitle(rule, ctx)} description={rule.summary}>
      <article class="entry entry--rule">
        <EntryHeader ctx={ctx} entry={rule} />
        <Glance ctx={ctx}>
          <GlanceItem term={t.kind}>{labelOf(ruleKinds, m.kind, lang)}</GlanceItem>
          <GlanceItem term={t.status}>
            <StatusBadge value={m.status} lang={lang} />
          </GlanceItem>
          <GlanceItem term={t.levels}>{list(levels, m.levels)}</GlanceItem>
          <GlanceItem term={t.domains}>{list(domains, m.domains)}</GlanceItem>
          <GlanceItem term={t.instruments}>{list(instruments, m.instruments)}</GlanceItem>
          <GlanceItem term={t.lastReviewed}>
            <time dateTime={rule.lastReviewed}>{rule.lastReviewed}</time>
          </GlanceItem>
          <GlanceItem term={t.workaroundCertainty}>
            {certaintyCounts.length ? certaintyCounts.map(([c, n]) => `${n}× ${labelOf(certainties, c, lang).toLowerCase()}`).join(', ') : t.noneYet}
          </GlanceItem>
        </Glance>
        {m.changes && (
          <div class="notice notice--info" role="note">
            <h2 class="notice__heading">{t.changes}</h2>
            <p lang="nl">{m.changes}</p>
          </div>
        )}
        <EntryBody entry={rule} />
        <RuleChain ctx={ctx} rule={rule} />
        <section aria-labelledby="workarounds-heading">
          <h2 id="workarounds-heading">{t.workaroundsHeading}</h2>
          {workarounds.length ? <EntryCards entries={workarounds} ctx={ctx} /> : <p>{t.noneYet}</p>}
        </section>
        <section aria-labelledby="cases-heading">
          <h2 id="cases-heading">{t.casesHeading}</h2>
          {cases.length ? <EntryCards entries={cases} ctx={ctx} /> : <p>{t.noneYet}</p>}
        </section>
        <RuleScans ctx={ctx} scans={rule.linked.scan} />
        {related.length > 0 && (
          <section aria-labelledby="related-heading">
            <h2 id="related-heading">{t.relatedHeading}</h2>
            <EntryCards entries={related} ctx={ctx} />
          </section>
        )}
        <EntryFooter ctx={ctx} entry={rule} />
      </article>
    </Layout>
  )
}

/** A compact rule → workarounds → cases view: which case used which way through. */
function RuleChain({ ctx, rule }: { ctx: ViewContext; rule: EntryDetailOf<'rule'> }) {
  const { workaround: workarounds, case: cases } = rule.linked
  if (!workarounds.length && !cases.length) return null
  const { t, lang } = ctx
  const usedBy = (slug: string) => cases.filter((c) => c.meta.workarounds.includes(slug))
  const without = cases.filter((c) => !c.meta.workarounds.some((w) => workarounds.some((x) => x.slug === w)))
  return (
    <section class="chain" aria-labelledby="chain-heading">
      <h2 id="chain-heading">{t.chainHeading}</h2>
      <ul class="chain__list">
        {workarounds.map((w) => (
          <li>
            <a href={entryPath(lang, 'workaround', w.slug)}>{displayTitle(w, ctx)}</a>
            {usedBy(w.slug).length > 0 && (
              <ul>
                {usedBy(w.slug).map((c) => (
                  <li>
                    <a href={entryPath(lang, 'case', c.slug)}>{displayTitle(c, ctx)}</a>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
        {without.length > 0 && (
          <li>
            {lang === 'nl' ? 'Casussen zonder een van deze oplossingen' : 'Cases without one of these workarounds'}
            <ul>
              {without.map((c) => (
                <li>
                  <a href={entryPath(lang, 'case', c.slug)}>{displayTitle(c, ctx)}</a>
                </li>
              ))}
            </ul>
          </li>
        )}
      </ul>
    </section>
  )
}
