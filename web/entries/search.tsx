/** Island bundle on every page: instant search on the search form, and live filters on search and list pages. */
import { mountInstantSearch } from '../islands/instant-search.tsx'
import { enhanceLiveFilters } from '../islands/live-filters.ts'

for (const element of document.querySelectorAll<HTMLElement>('[data-island="instant-search"]')) mountInstantSearch(element)

// Filters fold away on a narrow screen so that results have the screen; without JavaScript they stay open.
if (window.matchMedia('(max-width: 50rem)').matches) {
  for (const details of document.querySelectorAll<HTMLDetailsElement>('details[data-collapse-narrow]')) details.open = false
}

// Filters apply as they change, with removable chips; without JavaScript the form's button does it.
for (const region of document.querySelectorAll<HTMLElement>('[data-live-region]')) enhanceLiveFilters(region)
