/**
 * The orders a list page offers: A–Z always, newest first for kinds whose entries have a date
 * (the registry's `since`), and best match when the list is searched.
 */
import { kindRegistry, type ListedKind } from '../content/kinds.ts'
import type { EntrySummary } from '../db/entries.repository.ts'
import type { SearchEngine } from '../search/engine.ts'
import type { SearchParams } from '../search/params.ts'

export type ListSort = 'relevance' | 'recent' | 'title'

/** The orders a list of this kind offers, the default first. */
export function sortsFor(type: ListedKind, q: string): ListSort[] {
  const dated = Boolean(kindRegistry[type].since)
  return [...(q ? (['relevance'] as const) : []), ...(dated ? (['recent'] as const) : []), 'title']
}

/** The order asked for when the kind offers it, else the kind's default. */
export function chooseSort(type: ListedKind, q: string, asked: string | undefined): ListSort {
  const offered = sortsFor(type, q)
  return offered.find((s) => s === asked) ?? offered[0]!
}

function sinceOf(entry: EntrySummary): number {
  const since = kindRegistry[entry.type].since as ((meta: unknown) => number) | undefined
  return since ? since(entry.meta) : 0
}

/**
 * Orders (and, when the list is searched, narrows) the entries of a list. Entries arrive sorted
 * by title, so A–Z keeps them and the other orders keep title order for ties.
 */
export function orderList<E extends EntrySummary>(entries: E[], type: ListedKind, params: SearchParams, sort: ListSort, search: SearchEngine): E[] {
  let list = entries
  if (params.q) {
    const hits = search.search({ q: params.q, filters: { ...params.filters, type: [type] }, limit: entries.length || 1, offset: 0 }).hits
    const rank = new Map(hits.map((h, i) => [h.slug, i]))
    list = entries.filter((e) => rank.has(e.slug))
    if (sort === 'relevance') return [...list].sort((a, b) => rank.get(a.slug)! - rank.get(b.slug)!)
  }
  if (sort === 'recent') return [...list].sort((a, b) => sinceOf(b) - sinceOf(a))
  return list
}
