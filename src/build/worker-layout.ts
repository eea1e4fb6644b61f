/**
 * Where the Worker deployment's build output lives, shared by the build (Node) and the Worker.
 * Pure constants: safe to import from Worker code.
 *
 *   .build/worker/public/            the static assets (wrangler.toml [assets]); all of it is public
 *     _headers                       caching rules: assets/ is content-hashed, so cached forever
 *     assets/style.<hash>.css …      the front end
 *     data/asset-manifest.json       which hashed files the pages link to, read by the Worker
 *     data/search-index.json         the serialized search index, read by the Worker once per isolate
 *     data/watch-report.json         the last watch report, if any (the editors' page)
 *   .build/worker/seed.sql           the D1 seed, applied after src/db/migrations
 *   .build/worker/dist/              the dry-run bundle (npm run build:worker), for measuring
 */

/** Folder under the repository root, relative (wrangler.toml names the same path). */
export const WORKER_BUILD_DIR = '.build/worker'
export const PUBLIC_DIR = 'public'
export const SEED_FILE = 'seed.sql'
export const DIST_DIR = 'dist'

/** URL path of the serialized search index among the static assets. */
export const INDEX_ASSET = '/data/search-index.json'
/** URL path of the last watch report (npm run watch:sources), when the build found one: the editors' page. */
export const WATCH_REPORT_ASSET = '/data/watch-report.json'
/** URL path of the OpenAPI document, made at build time so the Worker needs no schema converter. */
export const OPENAPI_ASSET = '/data/openapi.json'
/** URL path of the front-end manifest (stylesheet and island URLs) among the static assets. */
export const ASSET_MANIFEST = '/data/asset-manifest.json'

/** Workers static-assets `_headers`: only content-hashed files may be cached forever. */
export const HEADERS_FILE = '_headers'
export const ASSET_HEADERS =
  '/assets/*\n  Cache-Control: public, max-age=31536000, immutable\n' +
  // Every static file, the search index included, gets the app's nosniff and a CSP that lets nothing run.
  "/*\n  X-Content-Type-Options: nosniff\n  Content-Security-Policy: default-src 'none'; frame-ancestors 'none'\n"
