/**
 * What the app needs from its platform. The platform entry points (src/platform/*) build
 * these; the app never detects or imports a runtime.
 */
import type { Kysely } from 'kysely'
import type { Database } from './db/schema.ts'
import type { SearchEngine } from './search/engine.ts'

export interface AppConfig {
  /** Web address of the source repository, for "improve this page" and issue links. */
  repositoryUrl: string
  /** Branch that edit links point to. */
  repositoryBranch: string
  /** Who publishes the site and answers for it: shown in the footer and on /over. */
  publisher: string
  /** The editors' address: every "meld een fout" link writes to it, no account needed. */
  editorialEmail: string
  /** Where the editorial policy (how entries are checked and corrected) is published. */
  editorialPolicyUrl: string
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
  /** Today's date as YYYY-MM-DD; injectable so that review notices are testable. */
  today?: () => string
}

export const defaultConfig: AppConfig = {
  repositoryUrl: 'https://github.com/tussenruimte/tussenruimte',
  repositoryBranch: 'main',
  publisher: 'Stichting Tussenruimte',
  editorialEmail: 'redactie@tussenruimte.nl',
  editorialPolicyUrl: '/over#redactiebeleid',
}

/** The environment variables each platform reads into AppConfig (Node: process.env; Workers: [vars]). */
export const configVariables = {
  repositoryUrl: 'REPOSITORY_URL',
  repositoryBranch: 'REPOSITORY_BRANCH',
  publisher: 'PUBLISHER',
  editorialEmail: 'EDITORIAL_EMAIL',
  editorialPolicyUrl: 'EDITORIAL_POLICY_URL',
} as const satisfies Record<keyof AppConfig, string>

export type ConfigVariables = Partial<Record<(typeof configVariables)[keyof AppConfig], string>>

/** AppConfig from environment variables; an unset or empty variable takes the documented default. */
export function configFrom(vars: ConfigVariables): AppConfig {
  const entries = (Object.keys(configVariables) as (keyof AppConfig)[]).map((key) => [key, vars[configVariables[key]]?.trim() || defaultConfig[key]])
  return Object.fromEntries(entries) as AppConfig
}

export type AppEnv = { Variables: { lang: 'nl' | 'en' } }
