/**
 * The content-kind registry: one declaration per kind of entry. Everything that differs per kind
 * — folder, schema, body sections, URL segment per language, API segment, labels, the facets its
 * list offers, its place in the ranking, its list sort, which fields link to which kinds and the
 * facet values the build derives — is declared here once. The parser, the link check, the build
 * rows, the repository, search, paths, routes, the island's labels, the OpenAPI document, the
 * CONTRIBUTING tables and the `npm run new` templates all read it.
 *
 * Adding a kind: add a declaration here and a schema in schema.ts; the compiler then names every
 * place that needs more (views per kind are `Record<ListedKind, …>`, so a missing one fails the
 * type check).
 */
import type * as v from 'valibot'
import { caseSchema, pageSchema, ruleSchema, workaroundSchema, type RuleMeta } from './schema.ts'
import { scanSchema } from '../scan/schema.ts'
import type { FacetName } from './taxonomy.ts'
import { pick, type BuiltinLang, type Lang } from '../i18n/languages.ts'

/** Facets the build writes per entry: the searchable ones plus a few shown on pages. */
export type StoredFacet = FacetName | 'kind' | 'status' | 'certainty' | 'province' | 'applies' | 'initiative' | 'turnaround'

/** What a kind's `derive` may look up: the rules of the corpus, for facets inherited from them. */
export type RuleLookup = (slug: string) => RuleMeta | undefined

/**
 * Listed kinds have a list page, detail pages, an API collection and search results;
 * `segment` is the URL segment per language and `api` the API collection.
 */
export interface Listing {
  segment: Record<BuiltinLang, string>
  api: string
  /** Filters the list page and API collection offer. */
  facets: readonly FacetName[]
  /** Order in search results for an equal match and in the browse order: lower first. */
  rank: number
  /** Weight of a match in this kind: kinds that name a rule or a way through rank above stories that mention it. */
  boost: number
  /**
   * The kind's API collection is a module of its own (and documented by it) rather than the
   * generic list and item of src/routes/api.ts: the Regelscan's questions and results.
   */
  ownApi?: true
}

export interface KindDeclaration<S extends v.GenericSchema = v.GenericSchema> {
  schema: S
  /** Folder of the files, relative to the repository root. */
  dir: string
  /** Required `##` sections of the body, in order. */
  sections: readonly string[]
  /** Template for `npm run new`, relative to the repository root; none for kinds that are not added that way. */
  template?: string
  /** Names shown to people, per interface language; `intro` opens the kind's list page. */
  label: Record<BuiltinLang, { one: string; many: string; intro?: string }>
  /** Front-matter fields that link to other entries, with the kind they link to. */
  links: Partial<Record<keyof v.InferOutput<S> & string, string>>
  /** The year an entry's story starts, for lists sorted newest first; kinds without one have no date sort. */
  since?(meta: v.InferOutput<S>): number
  /** Facet values of one entry; `rule` looks up linked rules for values inherited from them. */
  derive(meta: v.InferOutput<S>, rule: RuleLookup): Partial<Record<StoredFacet, readonly string[]>>
  /**
   * Links held in nested fields (a scan's `rules[].slug`), per kind they point at; the build
   * writes them like `links`, with the kind's name as the relation. Their existence is checked
   * by the kind's own check, not by the corpus link check. Keys are kind names (checked in rows.ts).
   */
  extraLinks?(meta: v.InferOutput<S>): Partial<Record<string, readonly string[]>>
}

function defineKind<S extends v.GenericSchema, L extends Listing | undefined = undefined>(
  declaration: KindDeclaration<S> & { listing?: L },
): KindDeclaration<S> & { listing: L } {
  return declaration as KindDeclaration<S> & { listing: L }
}

const fromRules = (slugs: readonly string[], rule: RuleLookup, pick: (meta: RuleMeta) => readonly string[]) =>
  slugs.flatMap((slug) => {
    const meta = rule(slug)
    return meta ? pick(meta) : []
  })

export const kindRegistry = {
  rule: defineKind({
    schema: ruleSchema,
    dir: 'rules',
    sections: ['Wat de regel vraagt', 'Waar het knelt', 'Tussenruimte'],
    template: 'content/_templates/rule.md',
    label: {
      nl: { one: 'Regel', many: 'Regels', intro: 'Wetten, uitspraken en procedures die samenwerking met initiatieven lastig maken.' },
      en: { one: 'Rule', many: 'Rules', intro: 'Laws, rulings and procedures that make collaboration with initiatives hard.' },
    },
    listing: { segment: { nl: 'regels', en: 'rules' }, api: 'rules', facets: ['applies', 'domain', 'level', 'instrument'], rank: 0, boost: 1.5 },
    links: { related: 'rule' },
    derive: (meta) => ({
      domain: meta.domains,
      level: meta.levels,
      instrument: meta.instruments,
      kind: [meta.kind],
      status: [meta.status],
      applies: meta.applies_to,
    }),
  }),
  workaround: defineKind({
    schema: workaroundSchema,
    dir: 'content/workarounds',
    sections: ['Hoe het werkt', 'Wat moet u doen', "Risico's"],
    template: 'content/_templates/workaround.md',
    label: {
      nl: { one: 'Oplossing', many: 'Oplossingen', intro: 'Manieren om binnen de regels ruimte te vinden, met hoe zeker ze zijn.' },
      en: { one: 'Workaround', many: 'Workarounds', intro: 'Ways to find room within the rules, with how certain they are.' },
    },
    listing: { segment: { nl: 'oplossingen', en: 'workarounds' }, api: 'workarounds', facets: ['applies', 'domain', 'level', 'instrument'], rank: 1, boost: 1.2 },
    links: { rules: 'rule' },
    // A workaround takes its domains, levels and instruments from the rules it finds room in.
    derive: (meta, rule) => ({
      domain: fromRules(meta.rules, rule, (r) => r.domains),
      level: fromRules(meta.rules, rule, (r) => r.levels),
      instrument: fromRules(meta.rules, rule, (r) => r.instruments),
      applies: fromRules(meta.rules, rule, (r) => r.applies_to),
      certainty: [meta.certainty],
    }),
  }),
  case: defineKind({
    schema: caseSchema,
    dir: 'content/cases',
    sections: ['Wat er gebeurde', 'Waar het knelde', 'Hoe het is opgelost', 'Lessen'],
    template: 'content/_templates/case.md',
    label: {
      nl: { one: 'Casus', many: 'Casussen', intro: 'Echte situaties waarin initiatieven en overheden een regel tegenkwamen.' },
      en: { one: 'Case', many: 'Cases', intro: 'Real situations in which initiatives and governments met a rule.' },
    },
    listing: {
      segment: { nl: 'casussen', en: 'cases' },
      api: 'cases',
      facets: ['initiative', 'turnaround', 'outcome', 'domain', 'applies', 'barrier', 'level', 'instrument'],
      rank: 2,
      boost: 1,
    },
    links: { rules: 'rule', workarounds: 'workaround' },
    since: (meta) => meta.period.start,
    derive: (meta, rule) => ({
      domain: meta.domains,
      level: fromRules(meta.rules, rule, (r) => r.levels),
      instrument: fromRules(meta.rules, rule, (r) => r.instruments),
      applies: fromRules(meta.rules, rule, (r) => r.applies_to),
      outcome: [meta.outcome],
      barrier: [meta.barrier],
      province: [meta.province],
      initiative: [meta.initiative.kind],
      turnaround: meta.turnaround ? ['yes'] : [],
    }),
  }),
  scan: defineKind({
    schema: scanSchema,
    dir: 'content/scans',
    sections: [],
    label: {
      nl: { one: 'Regelscan', many: 'Regelscans', intro: 'Beantwoord een paar vragen over uw samenwerking en zie welke regels gelden, welke ruimte er is en welke casussen erop lijken.' },
      en: { one: 'Rule scan', many: 'Rule scans', intro: 'Answer a few questions about your collaboration and see which rules apply, where the room is and which cases went before. The scans are in Dutch.' },
    },
    listing: { segment: { nl: 'regelscan', en: 'rule-scan' }, api: 'scans', facets: ['domain'], rank: 3, boost: 1.1, ownApi: true },
    links: {},
    extraLinks: (meta) => ({
      rule: meta.rules.map((r) => r.slug),
      workaround: meta.workarounds.map((w) => w.slug),
      case: meta.cases.map((c) => c.slug),
    }),
    // A scan takes its domains, levels and instruments from the rules it can bring up.
    derive: (meta, rule) => {
      const slugs = meta.rules.map((r) => r.slug)
      return {
        domain: fromRules(slugs, rule, (r) => r.domains),
        level: fromRules(slugs, rule, (r) => r.levels),
        instrument: fromRules(slugs, rule, (r) => r.instruments),
      }
    },
  }),
  page: defineKind({
    schema: pageSchema,
    dir: 'content/pages',
    sections: [],
    label: { nl: { one: 'Pagina', many: "Pagina's" }, en: { one: 'Page', many: 'Pages' } },
    links: {},
    derive: () => ({}),
  }),
}

export type KindName = keyof typeof kindRegistry
export type MetaOf<K extends KindName> = v.InferOutput<(typeof kindRegistry)[K]['schema']>

/** Kinds with list and detail pages, API collections and search results. */
export type ListedKind = { [K in KindName]: (typeof kindRegistry)[K]['listing'] extends Listing ? K : never }[KindName]

export const kindNames = Object.keys(kindRegistry) as KindName[]

export const listedKinds = (kindNames.filter((k) => kindRegistry[k].listing) as ListedKind[]).sort(
  (a, b) => kindRegistry[a].listing.rank - kindRegistry[b].listing.rank,
)

/** The listing of a listed kind (typed, so callers need no optional chaining). */
export function listingOf(kind: ListedKind): Listing {
  return kindRegistry[kind].listing
}

/** The name of a kind for people: `one` or `many`. */
export function kindLabel(kind: KindName, lang: Lang, number: 'one' | 'many' = 'many'): string {
  return pick(kindRegistry[kind].label, lang)[number]
}

/** Listed kinds served by the generic API collection (src/routes/api.ts), not by a module of their own. */
export const genericApiKinds = () => listedKinds.filter((kind) => !listingOf(kind).ownApi)

export function isListedKind(value: string): value is ListedKind {
  return (listedKinds as string[]).includes(value)
}

// A link must point at a declared kind; checked once at load, so a typo fails every test at once.
for (const name of kindNames) {
  for (const [field, target] of Object.entries(kindRegistry[name].links as Record<string, string>)) {
    if (!(target in kindRegistry)) throw new Error(`kindRegistry.${name}.links.${field} points at unknown kind "${target}"`)
  }
}
