/** Island bundle on every page: instant search on the search form. */
import { mountInstantSearch } from '../islands/instant-search.tsx'

for (const element of document.querySelectorAll<HTMLElement>('[data-island="instant-search"]')) mountInstantSearch(element)

// Filters fold away on a narrow screen so that results come first; without JavaScript they stay open.
if (window.matchMedia('(max-width: 50rem)').matches) {
  for (const details of document.querySelectorAll<HTMLDetailsElement>('details[data-collapse-narrow]')) details.open = false
}
