import { titleIn } from '../../i18n/content-text.ts'
import { pick } from '../../i18n/languages.ts'
import { kindLabel, kindRegistry, listingOf, type ListedKind } from '../../content/kinds.ts'
import type { EntrySummary } from '../../db/entries.repository.ts'
import { entryPath, pathsOf } from '../../paths.ts'
import { toQueryString } from '../../search/params.ts'
import type { Filters } from '../../search/engine.ts'
import { Breadcrumbs } from '../components/breadcrumbs.tsx'
import { EntryCards } from '../components/entry-card.tsx'
import { ActiveFilters } from '../components/active-filters.tsx'
import { FacetForm, JumpToFilters } from '../components/facet-form.tsx'
import { Layout } from '../components/layout.tsx'
import type { ViewContext } from '../context.ts'
import type { EntryNames } from '../parents.ts'
import { sortsFor, type ListSort } from '../../services/list-order.ts'
import { SortLinks } from '../components/sort-links.tsx'


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
  /** Words the list is searched for, and its order. */
  q?: string
  sort?: ListSort
}

export function ListPage({ ctx, type, entries, filters, counts, rule, names, q = '', sort = 'title' }: ListProps) {
  const { t, lang } = ctx
  const offered = sortsFor(type, q)
  // State that links and the filter form keep: the rule a list is narrowed to, and a chosen order.
  const hidden = { ...(rule ? { rule: rule.slug } : {}), ...(sort !== offered[0] ? { sort } : {}) }
  return (
    <Layout ctx={ctx} title={kindLabel(type, lang)} description={pick(kindRegistry[type].label, lang).intro}>
      <Breadcrumbs ctx={ctx} items={[{ href: pathsOf(lang).home, label: t.home }]} />
      <h1>{kindLabel(type, lang)}</h1>
      <p class="lead">{pick(kindRegistry[type].label, lang).intro}</p>
      {rule && (
        <p class="notice notice--info">
          {t.narrowedToRule}{' '}
          <a href={entryPath(lang, 'rule', rule.slug)}>{titleIn(rule, lang)}</a>.{' '}
          <a href={pathsOf(lang)[type] + toQueryString({ filters })}>{t.showAllOfType(kindLabel(type, lang))}</a>
        </p>
      )}
      {/* Results first in reading order, filters beside them on a wide screen (see 20-layout.css). */}
      <div class="with-sidebar" data-live-region>
        <section class="results" aria-labelledby="list-heading">
          <h2 id="list-heading" tabIndex={-1}>
            {t.kindCount(entries.length, kindLabel(type, lang, 'one'), kindLabel(type, lang, 'many'))}
          </h2>
          <JumpToFilters ctx={ctx} />
          <SortLinks ctx={ctx} action={pathsOf(lang)[type]} q={q} filters={filters} rule={rule?.slug} offered={offered} current={sort} />
          <ActiveFilters ctx={ctx} action={pathsOf(lang)[type]} q={q} filters={filters} hidden={hidden} />
          <EntryCards entries={entries} ctx={ctx} names={names} />
        </section>
        <FacetForm ctx={ctx} action={pathsOf(lang)[type]} q={q} searchWithin={t.searchWithin(kindLabel(type, lang).toLowerCase())} shown={listingOf(type).facets} filters={filters} counts={counts} hidden={hidden} />
      </div>
    </Layout>
  )
}
