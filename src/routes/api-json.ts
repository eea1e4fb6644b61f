/** The JSON shapes of the API: English camelCase field names, links to the HTML pages and to the API. */
import { listedKinds, listingOf, type ListedKind } from '../content/kinds.ts'
import type { EntryDetail, EntrySummary } from '../db/entries.repository.ts'
import { entryPath } from '../paths.ts'

export function apiPath(type: ListedKind, slug: string): string {
  return `/api/v1/${listingOf(type).api}/${slug}`
}

const camel = (key: string) => key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())

function camelKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(camelKeys)
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [camel(k), camelKeys(v)]))
  return value
}

export function summaryJson(entry: EntrySummary) {
  const { references: _references, ...meta } = entry.meta
  return {
    type: entry.type,
    slug: entry.slug,
    title: entry.title,
    titleEn: entry.titleEn,
    summary: entry.summary,
    summaryEn: entry.summaryEn,
    url: entryPath('nl', entry.type, entry.slug),
    apiUrl: apiPath(entry.type, entry.slug),
    lastReviewed: entry.lastReviewed,
    reviewBy: entry.reviewBy,
    lastChanged: entry.lastChanged,
    ...(camelKeys(meta) as Record<string, unknown>),
  }
}

const link = (e: EntrySummary) => ({ type: e.type, slug: e.slug, title: e.title, url: entryPath('nl', e.type, e.slug), apiUrl: apiPath(e.type, e.slug) })

export function detailJson(entry: EntryDetail) {
  return {
    ...summaryJson(entry),
    bodyHtml: entry.bodyHtml,
    references: entry.references.map((r) => ({
      type: r.type,
      id: r.identifier,
      article: r.article,
      title: r.title,
      url: r.url,
      publisher: r.publisher,
      date: r.published,
    })),
    links: linksJson(entry),
    sourcePath: entry.sourcePath,
  }
}

/**
 * Linked entries per API collection name; links to the entry's own kind are `related`
 * (a rule's related rules), so each kind's own slot is empty.
 */
function linksJson(entry: EntryDetail): Record<string, ReturnType<typeof link>[]> {
  const links: Record<string, ReturnType<typeof link>[]> = { related: [] }
  for (const kind of listedKinds) {
    const items = (entry.linked[kind] as EntrySummary[]).map(link)
    if (kind === entry.type) {
      links[listingOf(kind).api] = []
      links.related = items
    } else links[listingOf(kind).api] = items
  }
  return links
}
