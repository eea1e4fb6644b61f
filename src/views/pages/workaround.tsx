import type { EntryDetailOf } from '../../db/entries.repository.ts'
import { CertaintyBadge } from '../components/badges.tsx'
import { displayTitle, EntryCards } from '../components/entry-card.tsx'
import { Layout } from '../components/layout.tsx'
import type { ViewContext } from '../context.ts'
import { EntryBody, EntryFooter, EntryHeader, Glance, GlanceItem } from './entry-parts.tsx'

export function WorkaroundPage({ ctx, workaround }: { ctx: ViewContext; workaround: EntryDetailOf<'workaround'> }) {
  const { t, lang } = ctx
  const m = workaround.meta
  const { rule: rules, case: cases } = workaround.linked
  return (
    <Layout ctx={ctx} title={displayTitle(workaround, ctx)} description={workaround.summary}>
      <article class="entry entry--workaround">
        <EntryHeader ctx={ctx} entry={workaround} />
        <Glance ctx={ctx}>
          <GlanceItem term={t.certainty}>
            <CertaintyBadge value={m.certainty} lang={lang} />
          </GlanceItem>
          <GlanceItem term={t.lastReviewed}>
            <time dateTime={workaround.lastReviewed}>{workaround.lastReviewed}</time>
          </GlanceItem>
          {m.conditions.length > 0 && (
            <GlanceItem term={t.conditions}>
              <ul lang="nl">
                {m.conditions.map((c) => (
                  <li>{c}</li>
                ))}
              </ul>
            </GlanceItem>
          )}
          {m.risks.length > 0 && (
            <GlanceItem term={t.risks}>
              <ul lang="nl">
                {m.risks.map((r) => (
                  <li>{r}</li>
                ))}
              </ul>
            </GlanceItem>
          )}
        </Glance>
        <EntryBody entry={workaround} />
        <section aria-labelledby="rules-heading">
          <h2 id="rules-heading">{t.rulesHeading}</h2>
          <EntryCards entries={rules} ctx={ctx} />
        </section>
        <section aria-labelledby="cases-heading">
          <h2 id="cases-heading">{t.casesHeading}</h2>
          {cases.length ? <EntryCards entries={cases} ctx={ctx} /> : <p>{t.noneYet}</p>}
        </section>
        <EntryFooter ctx={ctx} entry={workaround} />
      </article>
    </Layout>
  )
}
