/**
 * Turns a validated corpus into the rows of the build database. Pure: used by the Node
 * build (better-sqlite3) and by the D1 seed alike, so both hold the same data.
 */
import { allEntries, type Corpus } from '../content/corpus.ts'
import { kindRegistry, type KindDeclaration } from '../content/kinds.ts'
import { referenceUrl } from '../content/identifiers.ts'
import { htmlToText, renderMarkdown } from '../content/markdown.ts'
import type { BuildRows } from '../db/schema.ts'

export type { BuildRows }

export function corpusToRows(corpus: Corpus): BuildRows {
  const rows: BuildRows = { entries: [], entry_facets: [], links: [], entry_references: [], entry_changes: [] }
  const rulesBySlug = new Map(corpus.rule.map((r) => [r.slug, r.meta]))
  const rule = (slug: string) => rulesBySlug.get(slug)

  for (const entry of allEntries(corpus)) {
    const { meta } = entry
    const bodyHtml = renderMarkdown(entry.body)
    const { title, title_en, summary, summary_en, last_reviewed, ...rest } = meta
    rows.entries.push({
      slug: entry.slug,
      type: entry.kind,
      title,
      title_en: title_en ?? null,
      summary,
      summary_en: summary_en ?? null,
      body_html: bodyHtml,
      body_text: htmlToText(bodyHtml),
      meta_json: JSON.stringify(rest),
      last_reviewed,
      review_by: 'review_by' in meta ? (meta.review_by ?? null) : null,
      source_path: entry.file,
    })
    if ('references' in meta) {
      meta.references.forEach((ref, position) => {
        rows.entry_references.push({
          slug: entry.slug,
          position,
          type: ref.type,
          identifier: ref.type === 'url' ? null : ref.id,
          article: ref.type === 'bwb' ? (ref.article ?? null) : null,
          title: ref.title,
          url: referenceUrl(ref),
          publisher: ref.type === 'url' ? (ref.publisher ?? null) : null,
          published: ref.type === 'url' ? (ref.date ?? null) : null,
        })
      })
    }
    const declaration = kindRegistry[entry.kind] as KindDeclaration
    // Each link field's name is the relation; the kind it points at comes from the registry.
    for (const field of Object.keys(declaration.links)) {
      const slugs = (meta as Record<string, unknown>)[field]
      if (!Array.isArray(slugs)) continue
      ;[...new Set(slugs as string[])].forEach((to, position) => rows.links.push({ from_slug: entry.slug, to_slug: to, relation: field, position }))
    }
    // Links in nested fields (a scan's rules, workarounds and cases) carry the target kind as relation.
    for (const [kind, slugs = []] of Object.entries(declaration.extraLinks?.(meta) ?? {})) {
      if (!(kind in kindRegistry)) throw new Error(`kindRegistry.${entry.kind}.extraLinks names unknown kind "${kind}"`)
      ;[...new Set(slugs)].forEach((to, position) => rows.links.push({ from_slug: entry.slug, to_slug: to, relation: kind, position }))
    }
    for (const [facet, values] of Object.entries(declaration.derive(meta, rule))) {
      for (const value of new Set(values)) rows.entry_facets.push({ slug: entry.slug, facet, value })
    }
  }
  return rows
}
