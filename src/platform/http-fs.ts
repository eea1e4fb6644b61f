/**
 * Node-only HTTP plumbing around the app: compression for everything textual (and the SQLite
 * download) when the client accepts it, ETags on static files, and the downloads under /data/
 * from the current build. (On Workers, Cloudflare compresses and tags static assets itself.)
 */
import { serveStatic } from '@hono/node-server/serve-static'
import type { MiddlewareHandler } from 'hono'
import { compress, COMPRESSIBLE_CONTENT_TYPE_REGEX } from 'hono/compress'

/** gzip (Hono's compress, CompressionStream, on Node 20 too) for HTML, JSON, CSS, JS, feeds, CSV, sitemap and the SQLite file. */
export const compression = (): MiddlewareHandler =>
  compress({ contentTypeFilter: (type) => COMPRESSIBLE_CONTENT_TYPE_REGEX.test(type) || /^application\/vnd\.sqlite3\b/.test(type) })

/** A content-hashed file name (style.1a2b3c4d5e.css) may be cached forever; anything else must be revalidated. */
export const HASHED_FILE = /\.[0-9a-f]{10}\.[a-z0-9]+$/

/** The downloads of the current build (`<build>/data/*`), with the SQLite file's media type and a short cache. */
export function serveDownloads(buildRoot: string): MiddlewareHandler {
  return serveStatic({
    root: buildRoot,
    onFound: (path, c) => {
      if (path.endsWith('.sqlite')) c.header('Content-Type', 'application/vnd.sqlite3')
      c.header('Cache-Control', 'public, max-age=300')
    },
  })
}
