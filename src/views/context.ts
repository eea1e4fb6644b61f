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
  /** Scheme and host of the request, for the page's full address (mail links, print). */
  origin: string
  today: string
}
