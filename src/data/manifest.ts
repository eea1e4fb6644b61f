/**
 * The downloads the build writes under /data/ (src/build/downloads-fs.ts), described in
 * data/downloads.json, which the data page and the DCAT catalogue read. Pure constants and
 * types: the Worker reads the same manifest from its static assets.
 */
import type { Label } from '../content/taxonomy.ts'

/** Version of the download formats (JSON dump, CSV columns): the major changes when a field goes or changes meaning. */
export const DATA_FORMAT_VERSION = '1.0'

/** Folder of the downloads inside a build, and their URL path. */
export const DATA_DIR = 'data'
export const DATA_PATH = '/data'
export const DOWNLOADS_MANIFEST = 'downloads.json'
export const CATALOG_PATH = '/data/catalog.jsonld'

/**
 * Workers static-assets `_headers` for the downloads: the SQLite file's media type (which the
 * asset server does not know) and a short cache, since the files change with every release.
 */
export const DATA_HEADERS = `${DATA_PATH}/*\n  Cache-Control: public, max-age=300\n${DATA_PATH}/*.sqlite\n  Content-Type: application/vnd.sqlite3\n`

export interface DownloadFile {
  /** URL path, such as /data/tussenruimte.json. */
  path: string
  mediaType: string
  /** Short name of the format, such as JSON, CSV, SQLite. */
  format: string
  bytes: number
  title: Label
  description: Label
}

export interface DownloadManifest {
  formatVersion: string
  builtAt: string
  /** Number of entries per listed kind, as in the files. */
  counts: Record<string, number>
  files: DownloadFile[]
}
