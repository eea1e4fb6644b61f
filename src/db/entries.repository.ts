/**
 * Read access to the build database. The only module with Kysely queries; rows become
 * domain objects here and nowhere else.
 */
import type { Kysely } from 'kysely'
import { isListedKind, listedKinds, type ListedKind } from '../content/kinds.ts'
import type { EntryDetailOf, EntrySummary, EntrySummaryOf, FacetFilters, Page, ReferenceView } from './entry-types.ts'
import type { Database, EntryRow } from './schema.ts'
import { createChangesRepository } from './changes.repository.ts'

export type { EntryChange, EntryDetail, EntryDetailOf, EntrySummary, EntrySummaryOf, FacetFilters, Page, ReferenceView } from './entry-types.ts'

/**
 * The one row → entry mapping. `meta_json` was written by the build from the kind's validated
 * front matter (src/build/rows.ts), so it has the kind's stored shape.
 */
function toSummary(row: EntryRow, facets: Record<string, string[]>, lastChanged: string | undefined): EntrySummary {
  return {
    type: row.type,
    slug: row.slug,
    title: row.title,
    titleEn: row.title_en,
    summary: row.summary,
    summaryEn: row.summary_en,
    lastReviewed: row.last_reviewed,
    reviewBy: row.review_by,
    lastChanged: lastChanged ?? row.last_reviewed,
    meta: JSON.parse(row.meta_json),
    facets,
  } as EntrySummary
}

export function createEntriesRepository(db: Kysely<Database>) {
  const history = createChangesRepository(db)
  async function facetsFor(slugs: string[]): Promise<Map<string, Record<string, string[]>>> {
    const map = new Map<string, Record<string, string[]>>()
    if (!slugs.length) return map
    const rows = await db.selectFrom('entry_facets').selectAll().where('slug', 'in', slugs).orderBy('value').execute()
    for (const { slug, facet, value } of rows) {
      const f = map.get(slug) ?? {}
      ;(f[facet] ??= []).push(value)
      map.set(slug, f)
    }
    return map
  }

  async function summaries(rows: EntryRow[]): Promise<EntrySummary[]> {
    const slugs = rows.map((r) => r.slug)
    const [facets, lastChanged] = await Promise.all([facetsFor(slugs), history.lastChangedOf(slugs)])
    return rows.map((r) => toSummary(r, facets.get(r.slug) ?? {}, lastChanged.get(r.slug)))
  }

  return {
    /** Entries of one type, filtered by facet values (OR within a facet, AND across) and optionally by a linked rule, sorted by title. */
    async listEntries<K extends ListedKind>(type: K, filters: FacetFilters = {}, linkedToRule?: string): Promise<EntrySummaryOf<K>[]> {
      let query = db.selectFrom('entries').selectAll().where('type', '=', type)
      if (linkedToRule) {
        query = query.where('slug', 'in', db.selectFrom('links').select('from_slug').where('to_slug', '=', linkedToRule))
      }
      for (const [facet, values] of Object.entries(filters)) {
        if (!values?.length) continue
        query = query.where('slug', 'in', db.selectFrom('entry_facets').select('slug').where('facet', '=', facet).where('value', 'in', values))
      }
      const rows = await query.orderBy('title').execute()
      return (await summaries(rows)) as EntrySummaryOf<K>[]
    },

    /** An entry's names only, for a page that mentions it (a list narrowed to a rule). */
    async findName(type: ListedKind, slug: string): Promise<{ slug: string; title: string; titleEn: string | null } | undefined> {
      const row = await db.selectFrom('entries').select(['slug', 'title', 'title_en']).where('type', '=', type).where('slug', '=', slug).executeTakeFirst()
      return row && { slug: row.slug, title: row.title, titleEn: row.title_en }
    },

    /** Titles of entries by slug, for naming the rule a card belongs to. */
    async findNames(slugs: readonly string[]): Promise<Map<string, { title: string; titleEn: string | null }>> {
      if (!slugs.length) return new Map()
      const rows = await db.selectFrom('entries').select(['slug', 'title', 'title_en']).where('slug', 'in', [...slugs]).execute()
      return new Map(rows.map((r) => [r.slug, { title: r.title, titleEn: r.title_en }]))
    },

    async findEntry<K extends ListedKind>(type: K, slug: string): Promise<EntryDetailOf<K> | undefined> {
      const row = await db.selectFrom('entries').selectAll().where('type', '=', type).where('slug', '=', slug).executeTakeFirst()
      if (!row) return undefined
      const [references, outgoing, incoming, changes] = await Promise.all([
        db.selectFrom('entry_references').selectAll().where('slug', '=', slug).orderBy('position').execute(),
        db.selectFrom('links').selectAll().where('from_slug', '=', slug).orderBy('relation').orderBy('position').execute(),
        db.selectFrom('links').selectAll().where('to_slug', '=', slug).execute(),
        history.changesOf(slug),
      ])
      const linkedSlugs = [...new Set([...outgoing.map((l) => l.to_slug), ...incoming.map((l) => l.from_slug)])]
      const linkedRows = linkedSlugs.length ? await db.selectFrom('entries').selectAll().where('slug', 'in', linkedSlugs).execute() : []
      const bySlug = new Map((await summaries(linkedRows.filter((r) => isListedKind(r.type)))).map((s) => [s.slug, s]))
      const linked = Object.fromEntries(listedKinds.map((kind) => [kind, [] as EntrySummary[]])) as Record<ListedKind, EntrySummary[]>
      const add = (s: EntrySummary | undefined) => {
        if (s && !linked[s.type].some((e) => e.slug === s.slug)) linked[s.type].push(s)
      }
      outgoing.forEach((l) => add(bySlug.get(l.to_slug)))
      incoming
        .map((l) => bySlug.get(l.from_slug))
        .filter((s): s is EntrySummary => s !== undefined)
        .sort((a, b) => a.title.localeCompare(b.title, 'nl'))
        .forEach(add)
      const [summary] = await summaries([row])
      return {
        ...summary!,
        bodyHtml: row.body_html,
        sourcePath: row.source_path,
        references: references.map(({ slug: _slug, position: _position, ...reference }) => reference),
        linked,
        changes,
      } as EntryDetailOf<K>
    },

    async findPage(slug: string): Promise<Page | undefined> {
      const row = await db.selectFrom('entries').selectAll().where('type', '=', 'page').where('slug', '=', slug).executeTakeFirst()
      if (!row) return undefined
      return { slug: row.slug, title: row.title, titleEn: row.title_en, summary: row.summary, bodyHtml: row.body_html, lastReviewed: row.last_reviewed, sourcePath: row.source_path }
    },

    /** Plain body text per slug, for search snippets. */
    async findTexts(slugs: string[]): Promise<Map<string, string>> {
      if (!slugs.length) return new Map()
      const rows = await db.selectFrom('entries').select(['slug', 'body_text']).where('slug', 'in', slugs).execute()
      return new Map(rows.map((r) => [r.slug, r.body_text]))
    },

    /**
     * Entries citing a legal identifier (ECLI, BWB id, CELEX, …), optionally at one article;
     * those that cite it as their first source (the entry about it) first.
     */
    async findByIdentifier(identifier: string, article?: string): Promise<{ slug: string; type: ListedKind }[]> {
      let query = db
        .selectFrom('entry_references')
        .innerJoin('entries', 'entries.slug', 'entry_references.slug')
        .select(['entries.slug', 'entries.type', (eb) => eb.fn.min('entry_references.position').as('first')])
        .where('entry_references.identifier', '=', identifier)
        .where('entries.type', '!=', 'page')
        .groupBy(['entries.slug', 'entries.type'])
      if (article) query = query.where('entry_references.article', '=', article)
      const rows = await query.orderBy('first').orderBy('entries.slug').execute()
      return rows.filter((r) => isListedKind(r.type)).map((r) => ({ slug: r.slug, type: r.type as ListedKind }))
    },

    /** Slugs of the entries of one type that link to a rule. */
    async listSlugsLinkedToRule(type: ListedKind, rule: string): Promise<Set<string>> {
      const rows = await db
        .selectFrom('links')
        .innerJoin('entries', 'entries.slug', 'links.from_slug')
        .select('links.from_slug')
        .where('links.to_slug', '=', rule)
        .where('entries.type', '=', type)
        .execute()
      return new Set(rows.map((r) => r.from_slug))
    },

    /** Every (case, rule, domain) triple, for the friction map. */
    async listCaseRuleDomains(): Promise<{ caseSlug: string; ruleSlug: string; domain: string }[]> {
      const rows = await db
        .selectFrom('links')
        .innerJoin('entry_facets', 'entry_facets.slug', 'links.from_slug')
        .select(['links.from_slug', 'links.to_slug', 'entry_facets.value'])
        .where('links.to_slug', 'in', db.selectFrom('entries').select('slug').where('type', '=', 'rule'))
        .where('entry_facets.facet', '=', 'domain')
        .where('links.from_slug', 'in', db.selectFrom('entries').select('slug').where('type', '=', 'case'))
        .execute()
      return rows.map((r) => ({ caseSlug: r.from_slug, ruleSlug: r.to_slug, domain: r.value }))
    },

    /** Listed entries by slug, in the order asked; slugs that do not exist are left out. */
    async findSummaries(slugs: readonly string[]): Promise<EntrySummary[]> {
      if (!slugs.length) return []
      const rows = await db.selectFrom('entries').selectAll().where('slug', 'in', [...slugs]).execute()
      const bySlug = new Map((await summaries(rows.filter((r) => isListedKind(r.type)))).map((s) => [s.slug, s]))
      return slugs.flatMap((slug) => bySlug.get(slug) ?? [])
    },

    /** The sources of several entries, per slug in their order. */
    async findReferences(slugs: readonly string[]): Promise<Map<string, ReferenceView[]>> {
      const map = new Map<string, ReferenceView[]>()
      if (!slugs.length) return map
      const rows = await db.selectFrom('entry_references').selectAll().where('slug', 'in', [...slugs]).orderBy('slug').orderBy('position').execute()
      for (const { slug, position: _position, ...reference } of rows) map.set(slug, [...(map.get(slug) ?? []), reference])
      return map
    },

    async buildInfo(): Promise<Record<string, string>> {
      const rows = await db.selectFrom('build_info').selectAll().execute()
      return Object.fromEntries(rows.map((r) => [r.key, r.value]))
    },
  }
}

export type EntriesRepository = ReturnType<typeof createEntriesRepository>
