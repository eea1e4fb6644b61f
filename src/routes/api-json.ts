/** The JSON shapes of the API: English camelCase field names, links to the HTML pages and to the API. */
import type { EntryDetail, EntrySummary } from '../db/entries.repository.ts'
import { entryPath } from './paths.ts'

const apiSegment = { rule: 'rules', workaround: 'workarounds', case: 'cases' } as const

export function apiPath(type: EntrySummary['type'], slug: string): string {
  return `/api/v1/${apiSegment[type]}/${slug}`
}

const camel = (key: string) => key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())

function camelKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(camelKeys)
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [camel(k), camelKeys(v)]))
  return value
}

export function summaryJson(entry: EntrySummary) {
  const { references: _references, ...meta } = entry.meta as Record<string, unknown>
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
    links: {
      rules: entry.rules.map(link),
      workarounds: entry.workarounds.map(link),
      cases: entry.cases.map(link),
      related: entry.related.map(link),
    },
    sourcePath: entry.sourcePath,
  }
}
