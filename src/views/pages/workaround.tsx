import type { EntryDetailOf } from '../../db/entries.repository.ts'
import { entryPath, pathsOf } from '../../paths.ts'
import { kindLabel } from '../../content/kinds.ts'
import { CertaintyBadge } from '../components/badges.tsx'
import { bodySections, ContentsList } from '../components/contents.tsx'
import { DateText } from '../components/date-text.tsx'
import { displayTitle, EntryCards, EntryLinks } from '../components/entry-card.tsx'
import { Layout } from '../components/layout.tsx'
import type { ViewContext } from '../context.ts'
import { parentKind } from '../parents.ts'
import { EntryBody, EntryFooter, EntryHeader, Glance, GlanceItem } from './entry-parts.tsx'

/**
 * A workaround page: certainty beside the title, the parent rule in the breadcrumb, the conditions
 * once (the front-matter list), then the body with its numbered "Wat moet u doen" checklist.
 */
export function WorkaroundPage({ ctx, workaround }: { ctx: ViewContext; workaround: EntryDetailOf<'workaround'> }) {
  const { t, lang } = ctx
  const m = workaround.meta
  const { rule: rules, case: cases } = workaround.linked
  const parent = rules[0]
  const trail = [{ href: pathsOf(lang)[parentKind], label: kindLabel(parentKind, lang) }, ...(parent ? [{ href: entryPath(lang, parentKind, parent.slug), label: displayTitle(parent, ctx) }] : [])]
  const sections = [
    ...(m.conditions.length ? [{ id: 'conditions-heading', label: t.conditions }] : []),
    ...bodySections(workaround.bodyHtml),
    { id: 'rules-heading', label: t.rulesHeading },
    ...(cases.length ? [{ id: 'cases-heading', label: `${t.casesHeading} (${cases.length})` }] : []),
    { id: 'references-heading', label: t.referencesHeading },
  ]
  return (
    <Layout ctx={ctx} title={displayTitle(workaround, ctx)} description={workaround.summary}>
      <article class="entry entry--workaround">
        <EntryHeader ctx={ctx} entry={workaround} trail={trail} titleBadge={<CertaintyBadge value={m.certainty} lang={lang} />} />
        <ContentsList ctx={ctx} sections={sections} />
        <Glance ctx={ctx}>
          <GlanceItem term={t.certainty}>
            <CertaintyBadge value={m.certainty} lang={lang} />
          </GlanceItem>
          <GlanceItem term={t.belongsTo.replace(/:$/, '')}>
            <EntryLinks entries={rules} ctx={ctx} />
          </GlanceItem>
          <GlanceItem term={t.lastReviewed}>
            <DateText ctx={ctx} date={workaround.lastReviewed} />
          </GlanceItem>
        </Glance>
        {m.conditions.length > 0 && (
          <section class="conditions" aria-labelledby="conditions-heading">
            <h2 id="conditions-heading">{t.conditions}</h2>
            <p>{t.conditionsIntro}</p>
            <ul class="checklist" lang="nl">
              {m.conditions.map((c) => (
                <li>{c}</li>
              ))}
            </ul>
          </section>
        )}
        <EntryBody entry={workaround} />
        <section class="related" aria-labelledby="rules-heading">
          <h2 id="rules-heading">{t.rulesHeading}</h2>
          <EntryCards entries={rules} ctx={ctx} />
        </section>
        {cases.length > 0 && (
          <section class="related" aria-labelledby="cases-heading">
            <h2 id="cases-heading">{t.casesHeading}</h2>
            <EntryCards entries={cases} ctx={ctx} />
          </section>
        )}
        <EntryFooter ctx={ctx} entry={workaround} />
      </article>
    </Layout>
  )
}
