import { kindLabel, kindRegistry, listingOf, type ListedKind } from '../../content/kinds.ts'
import type { EntrySummary } from '../../db/entries.repository.ts'
import { entryPath, paths } from '../../paths.ts'
import { toQueryString } from '../../search/params.ts'
import type { Filters } from '../../search/engine.ts'
import { Breadcrumbs } from '../components/breadcrumbs.tsx'
import { EntryCards } from '../components/entry-card.tsx'
import { FacetForm } from '../components/facet-form.tsx'
import { Layout } from '../components/layout.tsx'
import type { ViewContext } from '../context.ts'
import type { EntryNames } from '../parents.ts'


interface ListProps {
  ctx: ViewContext
  type: ListedKind
  entries: EntrySummary[]
  filters: Filters
  counts: Record<string, Record<string, number>>
  /** The rule the list is narrowed to (from the friction map), if any. */
  rule?: { slug: string; title: string; titleEn: string | null }
  /** Titles of the rules the entries belong to, for "Hoort bij" on the cards. */
  names?: EntryNames
}

export function ListPage({ ctx, type, entries, filters, counts, rule, names }: ListProps) {
  const { t, lang } = ctx
  return (
    <Layout ctx={ctx} title={kindLabel(type, lang)} description={kindRegistry[type].label[lang].intro}>
      <Breadcrumbs ctx={ctx} items={[{ href: paths[lang].home, label: t.home }]} />
      <h1>{kindLabel(type, lang)}</h1>
      <p class="lead">{kindRegistry[type].label[lang].intro}</p>
      {rule && (
        <p class="notice notice--info">
          {t.narrowedToRule}{' '}
          <a href={entryPath(lang, 'rule', rule.slug)}>{lang === 'en' && rule.titleEn ? rule.titleEn : rule.title}</a>.{' '}
          <a href={paths[lang][type] + toQueryString({ filters })}>{t.showAllOfType(kindLabel(type, lang))}</a>
        </p>
      )}
      <div class="with-sidebar">
        <FacetForm ctx={ctx} action={paths[lang][type]} shown={listingOf(type).facets} filters={filters} counts={counts} hidden={rule ? { rule: rule.slug } : undefined} />
        <section aria-labelledby="list-heading">
          <h2 id="list-heading">{t.resultCount(entries.length)}</h2>
          <EntryCards entries={entries} ctx={ctx} names={names} />
        </section>
      </div>
    </Layout>
  )
}
