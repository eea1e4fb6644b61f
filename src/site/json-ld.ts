/**
 * Structured data for search engines: each entry in schema.org terms, as JSON-LD. A rule that is a
 * law or a regulation is `Legislation`; schema.org has no type for a court ruling, a procedure or
 * a policy, so those are a `CreativeWork` with their kind as `genre`. A workaround is a `HowTo`
 * (a way to get something done), a case an `Article` about a place and a period. Every entry
 * cites its sources with their identifiers (ECLI, BWB, CELEX, CVDR).
 */
import type { ListedKind } from '../content/kinds.ts'
import { domains, labelOf, levels, provinces, ruleKinds } from '../content/taxonomy.ts'
import type { EntryDetail, EntryDetailOf, ReferenceView } from '../db/entries.repository.ts'
import { entryPath } from '../paths.ts'
import { absolute } from './public-url.ts'

export const CONTENT_LICENSE = 'https://creativecommons.org/licenses/by-sa/4.0/'

/** Legal sources whose identifier names an act, not a ruling or a publication. */
const LEGISLATION_SOURCES = new Set(['bwb', 'celex', 'cvdr'])
const IDENTIFIER_NAMES: Record<string, string> = { ecli: 'ECLI', bwb: 'BWB', celex: 'CELEX', cvdr: 'CVDR', kamerstuk: 'officielebekendmakingen.nl' }

function citation(ref: ReferenceView): Record<string, unknown> {
  const legislation = LEGISLATION_SOURCES.has(ref.type)
  return {
    '@type': legislation ? 'Legislation' : 'CreativeWork',
    name: ref.title,
    url: ref.url,
    ...(ref.identifier && {
      identifier: { '@type': 'PropertyValue', propertyID: IDENTIFIER_NAMES[ref.type] ?? ref.type, value: ref.article ? `${ref.identifier} art. ${ref.article}` : ref.identifier },
      ...(legislation && { legislationIdentifier: ref.identifier }),
    }),
    ...(ref.publisher && { publisher: { '@type': 'Organization', name: ref.publisher } }),
    ...(ref.published && { datePublished: ref.published }),
  }
}

const LEGAL_FORCE: Record<string, string> = { 'in-force': 'https://schema.org/InForce', changing: 'https://schema.org/InForce', superseded: 'https://schema.org/NotInForce' }

/** What differs per kind: its schema.org type and the fields that type has. A kind without one fails the type check. */
const byKind: { [K in ListedKind]: (entry: EntryDetailOf<K>) => Record<string, unknown> } = {
  rule: (entry) => {
    const m = entry.meta
    const legislation = m.kind === 'law' || m.kind === 'regulation'
    const act = entry.references.find((r) => r.identifier && (legislation ? LEGISLATION_SOURCES.has(r.type) : r.type === 'ecli'))
    return legislation
      ? {
          '@type': 'Legislation',
          legislationType: labelOf(ruleKinds, m.kind, 'nl'),
          legislationJurisdiction: m.levels.includes('eu') ? ['EU', 'NL'] : 'NL',
          legislationLegalForce: LEGAL_FORCE[m.status],
          ...(act && { legislationIdentifier: act.identifier }),
        }
      : { '@type': 'CreativeWork', genre: labelOf(ruleKinds, m.kind, 'nl'), ...(act && { identifier: act.identifier }) }
  },
  workaround: () => ({ '@type': 'HowTo' }),
  // A Regelscan is a small decision aid that runs in the browser and on the server.
  scan: () => ({ '@type': 'WebApplication', applicationCategory: 'Beslishulp', operatingSystem: 'Elke webbrowser' }),
  case: (entry) => {
    const m = entry.meta
    return {
      '@type': 'Article',
      contentLocation: { '@type': 'Place', name: m.place, address: { '@type': 'PostalAddress', addressLocality: m.place, addressRegion: labelOf(provinces, m.province, 'nl'), addressCountry: 'NL' } },
      temporalCoverage: `${m.period.start}/${m.period.end ?? '..'}`,
    }
  },
}

/** The JSON-LD object of one entry; `origin` is the public base address. */
export function entryJsonLd(entry: EntryDetail, origin: string): Record<string, unknown> {
  const url = absolute(origin, entryPath('nl', entry.type, entry.slug))
  const kindFields = (byKind[entry.type] as (e: EntryDetail) => Record<string, unknown>)(entry)
  const aliases = 'aliases' in entry.meta ? (entry.meta.aliases ?? []) : []
  const linked = Object.values(entry.linked).flat()
  const levelNames = (entry.facets.level ?? []).map((l) => labelOf(levels, l, 'nl'))
  return {
    '@context': 'https://schema.org',
    ...kindFields,
    '@id': url,
    url,
    mainEntityOfPage: url,
    name: entry.title,
    ...((entry.titleEn || aliases.length) && { alternateName: [...(entry.titleEn ? [entry.titleEn] : []), ...aliases] }),
    description: entry.summary,
    inLanguage: 'nl',
    dateModified: entry.lastChanged,
    ...(entry.changes.length && { dateCreated: entry.changes.at(-1)!.date.slice(0, 10) }),
    license: CONTENT_LICENSE,
    keywords: [...(entry.facets.domain ?? []).map((d) => labelOf(domains, d, 'nl')), ...levelNames].join(', '),
    isPartOf: { '@type': 'WebSite', name: 'Tussenruimte', url: absolute(origin, '/') },
    citation: entry.references.map(citation),
    ...(linked.length && { mentions: linked.map((e) => ({ '@id': absolute(origin, entryPath('nl', e.type, e.slug)), name: e.title })) }),
  }
}

/**
 * JSON for inside a <script> element: `<`, `>` and `&` as \u escapes, so no text in the data can
 * close the script (`</script>`) or open a comment; U+2028/2029 too, for old JavaScript parsers.
 * The result is still the same JSON.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}
