/**
 * The filters in force, as removable chips beside the results, with "Alle filters wissen": each
 * chip is a link to the same page without that value, so it works without JavaScript too.
 */
import { facetLabel, facets } from '../../content/facets.ts'
import { labelOf, type FacetName } from '../../content/taxonomy.ts'
import type { Filters } from '../../search/engine.ts'
import { toQueryString } from '../../search/params.ts'
import type { ViewContext } from '../context.ts'

interface ActiveFiltersProps {
  ctx: ViewContext
  action: string
  q?: string
  filters: Filters
  /** Other state links keep (a list narrowed to a rule). */
  hidden?: Record<string, string>
}

export function ActiveFilters({ ctx, action, q, filters, hidden = {} }: ActiveFiltersProps) {
  const { t, lang } = ctx
  const chosen = (Object.entries(filters) as [FacetName, string[] | undefined][]).flatMap(([facet, values]) => (values ?? []).map((value) => ({ facet, value })))
  if (!chosen.length) return null
  const href = (next: Filters) => action + toQueryString({ q, filters: next }, hidden)
  const without = (facet: FacetName, value: string): Filters => ({ ...filters, [facet]: (filters[facet] ?? []).filter((v) => v !== value) })
  return (
    <div class="active-filters" data-live-link>
      <p class="active-filters__label" id="active-filters-label">
        {t.activeFilters(chosen.length)}
      </p>
      <ul class="active-filters__list" aria-labelledby="active-filters-label">
        {chosen.map(({ facet, value }) => {
          const label = `${facetLabel(facet, lang)}: ${labelOf(facets[facet].vocabulary, value, lang).split(':')[0]}`
          return (
            <li>
              <a class="chip" href={href(without(facet, value))} aria-label={t.removeFilter(label)}>
                {label}
                <span class="chip__x" aria-hidden="true">
                  ✕
                </span>
              </a>
            </li>
          )
        })}
      </ul>
      <a class="active-filters__clear" href={href({})}>
        {t.clearFilters}
      </a>
    </div>
  )
}
