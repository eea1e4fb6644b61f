/**
 * Turns a validated corpus into the rows of the build database. Pure: used by the Node
 * build (better-sqlite3) and by the D1 seed alike, so both hold the same data.
 */
import type { Insertable } from 'kysely'
import type { Corpus } from '../content/corpus.ts'
import { referenceUrl } from '../content/identifiers.ts'
import { htmlToText, renderMarkdown } from '../content/markdown.ts'
import type { Entry } from '../content/parse.ts'
import type { Database } from '../db/schema.ts'

export interface BuildRows {
  entries: Insertable<Database['entries']>[]
  entry_facets: Insertable<Database['entry_facets']>[]
  links: Insertable<Database['links']>[]
  entry_references: Insertable<Database['entry_references']>[]
  /** Analysed body terms for full-text search; filled by the search build (src/build/search-rows.ts). */
}

export function corpusToRows(corpus: Corpus): BuildRows {
  const rows: BuildRows = { entries: [], entry_facets: [], links: [], entry_references: [] }
  const rulesBySlug = new Map(corpus.rules.map((r) => [r.slug, r]))
  const all: Entry[] = [...corpus.rules, ...corpus.workarounds, ...corpus.cases, ...corpus.pages]

  for (const entry of all) {
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
    const link = (slugs: readonly string[] | undefined, relation: 'related' | 'rule' | 'workaround') =>
      [...new Set(slugs ?? [])].forEach((to, position) => rows.links.push({ from_slug: entry.slug, to_slug: to, relation, position }))
    const facet = (name: string, values: Iterable<string>) => {
      for (const value of new Set(values)) rows.entry_facets.push({ slug: entry.slug, facet: name, value })
    }
    // Workarounds and cases take levels, instruments (and for workarounds, domains) from the rules they link to.
    const fromRules = (slugs: readonly string[], pick: (r: Extract<Entry, { kind: 'rule' }>) => readonly string[]) =>
      slugs.flatMap((s) => {
        const rule = rulesBySlug.get(s)
        return rule ? pick(rule) : []
      })

    switch (entry.kind) {
      case 'rule':
        link(entry.meta.related, 'related')
        facet('domain', entry.meta.domains)
        facet('level', entry.meta.levels)
        facet('instrument', entry.meta.instruments)
        facet('kind', [entry.meta.kind])
        facet('status', [entry.meta.status])
        break
      case 'workaround':
        link(entry.meta.rules, 'rule')
        facet('domain', fromRules(entry.meta.rules, (r) => r.meta.domains))
        facet('level', fromRules(entry.meta.rules, (r) => r.meta.levels))
        facet('instrument', fromRules(entry.meta.rules, (r) => r.meta.instruments))
        facet('certainty', [entry.meta.certainty])
        break
      case 'case':
        link(entry.meta.rules, 'rule')
        link(entry.meta.workarounds, 'workaround')
        facet('domain', entry.meta.domains)
        facet('level', fromRules(entry.meta.rules, (r) => r.meta.levels))
        facet('instrument', fromRules(entry.meta.rules, (r) => r.meta.instruments))
        facet('outcome', [entry.meta.outcome])
        facet('barrier', [entry.meta.barrier])
        facet('province', [entry.meta.province])
        break
      case 'page':
        break
    }
  }
  return rows
}
