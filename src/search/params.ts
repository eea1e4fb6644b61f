/**
 * What a search or list request asks for, once parsed (src/routes/search-params.ts parses it):
 * shared by the routes, the search service and the views that link to other states of a page.
 */
import type { Filters } from './facet-table.ts'

export interface SearchParams {
  q: string
  filters: Filters
  limit: number
  offset: number
}

/** Builds a query string from search params, for links that keep the current state. */
export function toQueryString(params: Partial<SearchParams>, extra: Record<string, string | number> = {}): string {
  const out = new URLSearchParams()
  if (params.q) out.set('q', params.q)
  for (const [facet, values] of Object.entries(params.filters ?? {})) for (const v of values ?? []) out.append(facet, v)
  for (const [k, v] of Object.entries(extra)) out.set(k, String(v))
  const s = out.toString()
  return s ? `?${s}` : ''
}
