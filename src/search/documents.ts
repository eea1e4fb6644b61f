/** Derives the search documents from the build rows, so that search and database agree. */
import type { BuildRows } from '../db/schema.ts'
import { isListedKind } from '../content/kinds.ts'
import { entryFacetNames } from '../content/taxonomy.ts'
import { ALIAS_SEPARATOR, type SearchDocument } from './options.ts'

export function toSearchDocuments(rows: BuildRows): SearchDocument[] {
  const facets = new Map<string, Map<string, string[]>>()
  for (const { slug, facet, value } of rows.entry_facets) {
    const byFacet = facets.get(slug) ?? new Map<string, string[]>()
    byFacet.set(facet, [...(byFacet.get(facet) ?? []), value])
    facets.set(slug, byFacet)
  }
  return rows.entries
    .flatMap((e) => (isListedKind(e.type) ? [{ ...e, type: e.type }] : []))
    .map((e): SearchDocument => {
      const meta = JSON.parse(e.meta_json) as { aliases?: string[] }
      const f = facets.get(e.slug)
      return {
        id: e.slug,
        type: e.type,
        title: e.title,
        title_en: e.title_en ?? '',
        aliases: (meta.aliases ?? []).join(ALIAS_SEPARATOR),
        summary: e.summary,
        summary_en: e.summary_en ?? '',
        body: e.body_text,
        ...(Object.fromEntries(entryFacetNames.map((facet) => [facet, f?.get(facet) ?? []])) as Record<(typeof entryFacetNames)[number], string[]>),
      }
    })
}
