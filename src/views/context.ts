/** What every view needs to know about the request it renders for. */
import type { Lang } from '../content/taxonomy.ts'
import type { AppConfig, AssetManifest } from '../env.ts'
import type { Messages } from './messages.ts'

export interface ViewContext {
  lang: Lang
  t: Messages
  assets: AssetManifest
  config: AppConfig
  /** Path and query of the current request, for the language switch. */
  pathname: string
  search: string
  today: string
  /** Public base address (PUBLIC_URL, else the request's origin), for canonical and alternate links, mail links and print. */
  origin: string
  /** What the page adds to its head for machines: JSON-LD, feeds, its Open Graph type. */
  head?: PageHead
}

export interface PageHead {
  ogType?: 'website' | 'article'
  /** Structured data (schema.org), serialized safely into a JSON-LD script. */
  jsonLd?: object
  /** Atom feeds that belong to this page, besides the feed of everything. */
  feeds?: { title: string; href: string }[]
}
