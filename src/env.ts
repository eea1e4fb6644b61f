/**
 * What the app needs from its platform. The platform entry points (src/platform/*) build
 * these; the app never detects or imports a runtime.
 */
import type { Kysely } from 'kysely'
import type { Database } from './db/schema.ts'
import type { SearchEngine } from './search/engine.ts'
import type { RateLimiter } from './contribute/rate-limit.ts'
import type { WatchReport } from './watch/report.ts'

export interface AppConfig {
  /** Web address of the source repository, for "improve this page" and issue links. */
  repositoryUrl: string
  /** Branch that edit links point to. */
  repositoryBranch: string
  /** Public address of the site (PUBLIC_URL), for absolute redirects; without it redirects carry a path. */
  publicUrl?: string
  /** Address of the editorial office (EDITORIAL_EMAIL): where contributions go by e-mail when they cannot be filed as issues. */
  editorialEmail?: string
}

/**
 * Filing contributions as issues in the repository (GITHUB_TOKEN, GITHUB_API_URL). A secret of
 * the deployment, kept out of AppConfig so that no view ever sees it.
 */
export interface IssueRelayConfig {
  /** A token that may create issues in the repository of `AppConfig.repositoryUrl`. */
  token: string
  /** Base of the GitHub REST API; tests point it at a fake on 127.0.0.1. */
  apiUrl: string
  /** How long to wait for GitHub before offering e-mail instead. */
  timeoutMs?: number
}

export interface AssetManifest {
  /** Public URL of the stylesheet. */
  css: string
  /** Public URLs of the island bundles, by entry name (web/entries/<name>.tsx). */
  scripts: Record<string, string>
}

export interface Deps {
  db: Kysely<Database>
  search: SearchEngine
  assets: AssetManifest
  config: AppConfig
  /** The last report of the watch on the sources, if the build found one (the editors' page). */
  watchReport?: WatchReport
  /** Today's date as YYYY-MM-DD; injectable so that review notices are testable. */
  today?: () => string
  /** A limiter shared beyond this process (Cloudflare's rate-limiting binding); else one in memory. */
  contributionLimiter?: RateLimiter
  /** Files contributions as issues when a token is configured; without it they go by e-mail (a mailto: link). */
  issueRelay?: IssueRelayConfig
}

export const defaultConfig: AppConfig = {
  repositoryUrl: 'https://github.com/tussenruimte/tussenruimte',
  repositoryBranch: 'main',
  editorialEmail: 'redactie@tussenruimte.nl',
}

export const DEFAULT_GITHUB_API_URL = 'https://api.github.com'

/** The relay configuration from the deployment's variables; none without a token. */
export function issueRelayFrom(vars: { GITHUB_TOKEN?: string; GITHUB_API_URL?: string }): IssueRelayConfig | undefined {
  const token = vars.GITHUB_TOKEN?.trim()
  return token ? { token, apiUrl: vars.GITHUB_API_URL?.trim() || DEFAULT_GITHUB_API_URL } : undefined
}

/**
 * What the platform tells the app about each request, as the second argument of `app.fetch`.
 * Only the platform can know who is asking: the socket (or a configured proxy) on Node,
 * Cloudflare's CF-Connecting-IP on Workers. The app never reads such headers itself.
 */
export interface RequestInfo {
  clientAddress?: string
}

export type AppEnv = { Bindings: RequestInfo | undefined; Variables: { lang: 'nl' | 'en' } }
