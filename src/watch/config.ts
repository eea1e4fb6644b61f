/**
 * Settings of one watch run: where each service lives (so tests can point them at a fake), how
 * politely to ask, and how much to do. Every base URL can be set by flag or environment.
 */
import type { HttpOptions } from './http-client.ts'

export interface WatchConfig {
  /** Rechtspraak open data: /uitspraken/zoeken and /uitspraken/content. */
  rechtspraakBase: string
  /** The SRU search service of overheid.nl (x-connection=BWB). */
  sruBase: string
  /** The BWB repository with the versions (toestanden) as XML. */
  bwbRepositoryBase: string
  /** The SPARQL endpoint of the EU Publications Office (Cellar), which EUR-Lex is built on. */
  eurlexSparql: string
  http: HttpOptions
  /** At most this many new rulings are read per run; the rest waits for the next run. */
  maxRulings: number
  /** A page counts as changed when at least this share of its text differs (0–1). */
  changeThreshold: number
  /** Entries whose review date falls within this many days are listed as due soon. */
  dueSoonDays: number
  /** At most this many announced later versions of a regulation are read. */
  maxAnnouncedVersions: number
}

export const defaultRepositoryUrl = 'https://github.com/tussenruimte/tussenruimte'

export const defaults = {
  rechtspraakBase: 'https://data.rechtspraak.nl',
  sruBase: 'https://zoekservice.overheid.nl/sru/Search',
  bwbRepositoryBase: 'https://repository.officiele-overheidspublicaties.nl',
  eurlexSparql: 'https://publications.europa.eu/webapi/rdf/sparql',
  timeoutMs: 30_000,
  intervalMs: 1_000,
  retries: 3,
  backoffMs: 2_000,
  maxBodyBytes: 40 * 1024 * 1024,
  maxRulings: 1_500,
  changeThreshold: 0.3,
  dueSoonDays: 30,
  maxAnnouncedVersions: 3,
} as const

export function userAgent(repositoryUrl: string): string {
  return `Tussenruimte-bronnenwacht/1.0 (+${repositoryUrl}; wekelijkse controle van geciteerde bronnen)`
}
