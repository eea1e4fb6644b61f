/**
 * What the app needs from its platform. The platform entry points (src/platform/*) build
 * these; the app never detects or imports a runtime.
 */
import type { Kysely } from 'kysely'
import type { Database } from './db/schema.ts'
import type { SearchEngine } from './search/engine.ts'
import type { Hono } from 'hono'
import type { Lang } from './content/taxonomy.ts'
import type { NoteModel } from './scan/note.ts'

export interface AppConfig {
  /** Web address of the source repository, for "improve this page" and issue links. */
  repositoryUrl: string
  /** Branch that edit links point to. */
  repositoryBranch: string
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
}

export const defaultConfig: AppConfig = {
  repositoryUrl: 'https://github.com/tussenruimte/tussenruimte',
  repositoryBranch: 'main',
}

export type AppEnv = { Variables: { lang: 'nl' | 'en' } }
