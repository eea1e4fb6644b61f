import { facetLabel, facets } from '../../content/facets.ts'
import { labelOf, type FacetName } from '../../content/taxonomy.ts'
import type { Filters } from '../../search/engine.ts'
import type { ViewContext } from '../context.ts'

interface FacetFormProps {
  ctx: ViewContext
  action: string
  q?: string
  shown: readonly FacetName[]
  filters: Filters
  counts: Record<string, Record<string, number>>
  /** With a label: a visible field to search within the list, instead of keeping `q` hidden. */
  searchWithin?: string
  /** Other state to keep when the form is submitted. */
  hidden?: Record<string, string>
}

/**
 * Filters as a real form of checkboxes: OR within a facet, AND across facets. Counts for a
 * facet's values ignore that facet's own selection, so other choices stay visible.
 */
export function FacetForm({ ctx, action, q, searchWithin, shown, filters, counts, hidden = {} }: FacetFormProps) {
  const { t, lang } = ctx
  const activeCount = Object.values(filters).reduce((n, values) => n + (values?.length ?? 0), 0)
  const offered = shown.filter((facet) => facets[facet].vocabulary.keys.some((v) => (counts[facet]?.[v] ?? 0) > 0 || (filters[facet] ?? []).includes(v)))
  // Nothing to choose from (no results and no filter): no empty box with a lone button.
  if (!offered.length && !searchWithin) return null
  return (
    <form class="facets" id="facets" method="get" action={action} aria-labelledby="facets-heading" data-live-filters>
      {/* Open by default, so everything works without JavaScript; the search island folds it on narrow screens. */}
      <details open data-collapse-narrow>
      <summary>
        <h2 id="facets-heading" class="facets__heading">
          {t.filtersHeading}
          {activeCount > 0 && <span class="count"> ({activeCount})</span>}
        </h2>
      </summary>
      {searchWithin ? (
        <div class="facets__search">
          <label for="list-q">{searchWithin}</label>
          <input id="list-q" name="q" type="search" value={q} maxLength={200} autocomplete="off" />
        </div>
      ) : (
        q !== undefined && <input type="hidden" name="q" value={q} />
      )}
      {Object.entries(hidden).map(([name, value]) => (
        <input type="hidden" name={name} value={value} />
      ))}
      {offered.map((facet) => {
        const vocab = facets[facet].vocabulary
        const selected = filters[facet] ?? []
        const values = vocab.keys.filter((v) => (counts[facet]?.[v] ?? 0) > 0 || selected.includes(v))
        if (!values.length) return null
        return (
          <fieldset class="facets__group">
            <legend>{facetLabel(facet, ctx.lang)}</legend>
            <ul role="list">
              {values.map((value) => {
                const id = `f-${facet}-${value}`
                return (
                  <li>
                    <input type="checkbox" id={id} name={facet} value={value} checked={selected.includes(value)} />
                    <label for={id}>
                      {labelOf(vocab, value, lang).split(':')[0]} <span class="count">({counts[facet]?.[value] ?? 0})</span>
                    </label>
                  </li>
                )
              })}
            </ul>
          </fieldset>
        )
      })}
      <div class="facets__actions">
        <button type="submit">{t.applyFilters}</button>
        <a href={action + (q ? `?q=${encodeURIComponent(q)}` : '')}>{t.clearFilters}</a>
      </div>
      </details>
    </form>
  )
}

/** On a narrow screen the filters come after the results: a link to them above the results. */
export function JumpToFilters({ ctx }: { ctx: ViewContext }) {
  return (
    <p class="jump-to-filters">
      <a href="#facets">{ctx.t.jumpToFilters}</a>
    </p>
  )
}
