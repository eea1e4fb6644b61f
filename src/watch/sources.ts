/**
 * The entries the watch looks after and the sources they cite, grouped so that each source is
 * asked about once however many entries cite it.
 */
import { referenceUrl } from '../content/identifiers.ts'
import type { Reference } from '../content/schema.ts'

/** What the watch needs of an entry; built from the loaded corpus by the CLI. */
export interface WatchedEntry {
  slug: string
  kind: string
  title: string
  file: string
  lastReviewed: string
  reviewBy?: string
  references: Reference[]
}

/** Entries by slug, per cited thing. */
export interface CitedSources {
  ecli: Map<string, Set<string>>
  /** Per BWB id: per article ('*' for the regulation as a whole), the citing entries. */
  bwb: Map<string, Map<string, Set<string>>>
  celex: Map<string, Set<string>>
  /** Per web address: the citing entries and whether an editor typed it (url) or it follows from an identifier (cvdr, kamerstuk). */
  links: Map<string, { typed: boolean; entries: Set<string> }>
}

export const WHOLE_REGULATION = '*'

export function collectSources(entries: readonly WatchedEntry[]): CitedSources {
  const sources: CitedSources = { ecli: new Map(), bwb: new Map(), celex: new Map(), links: new Map() }
  const add = (map: Map<string, Set<string>>, key: string, slug: string) => (map.get(key) ?? map.set(key, new Set()).get(key)!).add(slug)
  for (const entry of entries) {
    for (const ref of entry.references) {
      switch (ref.type) {
        case 'ecli':
          add(sources.ecli, ref.id, entry.slug)
          break
        case 'bwb': {
          const articles = sources.bwb.get(ref.id) ?? sources.bwb.set(ref.id, new Map()).get(ref.id)!
          add(articles, ref.article ?? WHOLE_REGULATION, entry.slug)
          break
        }
        case 'celex':
          add(sources.celex, ref.id, entry.slug)
          break
        case 'url':
        case 'cvdr':
        case 'kamerstuk': {
          const url = referenceUrl(ref)
          const link = sources.links.get(url) ?? sources.links.set(url, { typed: false, entries: new Set() }).get(url)!
          link.typed ||= ref.type === 'url'
          link.entries.add(entry.slug)
          break
        }
      }
    }
  }
  return sources
}

/** How a BWB source is named in a report: "BWBR0005537 art. 4:51" or "BWBR0005537". */
export function bwbSource(id: string, article: string): string {
  return article === WHOLE_REGULATION ? id : `${id} art. ${article}`
}
