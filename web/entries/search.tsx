/** Island bundle on every page: instant search on the search form. */
import { mountInstantSearch } from '../islands/instant-search.tsx'

for (const element of document.querySelectorAll<HTMLElement>('[data-island="instant-search"]')) mountInstantSearch(element)
