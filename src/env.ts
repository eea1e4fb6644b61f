/**
 * What the app needs from its platform. The platform entry points (src/platform/*) build
 * these; the app never detects or imports a runtime.
 */
import type { Kysely } from 'kysely'
import type { DownloadManifest } from './data/manifest.ts'
import type { Database } from './db/schema.ts'
import type { SearchEngine } from './search/engine.ts'
import type { RateLimiter } from './contribute/rate-limit.ts'
import type { WatchReport } from './watch/report.ts'
import type { Hono } from 'hono'
import type { Lang } from './content/taxonomy.ts'
import type { NoteModel } from './scan/note.ts'

export interface AppConfig {
  /** Web address of the source repository, for "improve this page" and issue links. */
  repositoryUrl: string
  /** Branch that edit links point to. */
  repositoryBranch: string
  /** Public address of the site (PUBLIC_URL), for canonical links, the sitemap, feeds and the data catalogue; else the request's origin. */
  publicUrl?: string
  /** Who publishes the site and answers for it: shown in the footer and on /over. */
  publisher: string
  /** The editors' address: every "meld een fout" link writes to it, no account needed. */
  editorialEmail: string
  /** Where the editorial policy (how entries are checked and corrected) is published. */
  editorialPolicyUrl: string
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
  /** The downloads of this build (/data/), when it made them: listed on the data page and in the DCAT catalogue. */
  downloads?: DownloadManifest
  /**
   * The OpenAPI document (src/openapi/document.ts). Made by the platform, not the app: on the
   * Worker it is a build asset, which keeps the schema converter out of the bundle.
   */
  openApi: object
  /** Today's date as YYYY-MM-DD; injectable so that review notices are testable. */
  today?: () => string
  /** A limiter shared beyond this process (Cloudflare's rate-limiting binding); else one in memory. */
  contributionLimiter?: RateLimiter
  /**
   * Writes a scan's justification note as .docx. Only platforms that can afford the `docx`
   * library supply it (Node); without it the pages offer Markdown and print only.
   */
  renderNoteDocx?: (note: NoteModel) => Promise<Uint8Array>
  /**
   * The routes of a scan's justification note (print page, Markdown, .docx), from
   * src/routes/scan-note-routes.tsx. The Node platform supplies them; the Worker does not, to
   * stay within its bundle budget, so its result pages offer no note.
   */
  scanNoteRoutes?: (deps: Deps, lang: Lang) => Hono<AppEnv>
  /** Files contributions as issues when a token is configured; without it they go by e-mail (a mailto: link). */
  issueRelay?: IssueRelayConfig
}

export const defaultConfig: AppConfig = {
  repositoryUrl: 'https://github.com/tussenruimte/tussenruimte',
  repositoryBranch: 'main',
  publisher: 'Stichting Tussenruimte',
  editorialEmail: 'redactie@tussenruimte.nl',
  editorialPolicyUrl: '/over#redactiebeleid',
}

/** The settings that are plain text; the public URL is parsed apart (src/site/public-url.ts). */
type TextConfigKey = Exclude<keyof AppConfig, 'publicUrl'>

/** The environment variables each platform reads into AppConfig (Node: process.env; Workers: [vars]). */
export const configVariables = {
  repositoryUrl: 'REPOSITORY_URL',
  repositoryBranch: 'REPOSITORY_BRANCH',
  publisher: 'PUBLISHER',
  editorialEmail: 'EDITORIAL_EMAIL',
  editorialPolicyUrl: 'EDITORIAL_POLICY_URL',
} as const satisfies Record<TextConfigKey, string>

export type ConfigVariables = Partial<Record<(typeof configVariables)[TextConfigKey] | 'PUBLIC_URL', string>>

/** AppConfig from environment variables; an unset or empty variable takes the documented default. */
export function configFrom(vars: ConfigVariables): AppConfig {
  const entries = (Object.keys(configVariables) as TextConfigKey[]).map((key) => [key, vars[configVariables[key]]?.trim() || defaultConfig[key]])
  return Object.fromEntries(entries) as AppConfig
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
