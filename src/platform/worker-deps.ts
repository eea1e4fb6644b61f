/**
 * Starts the app in a Worker isolate from its bindings: D1 through Kysely, the search index and
 * the asset manifest from the static assets. Each step that fails throws `Missing`, which names
 * what is missing and how to fix it, so the Worker can answer with a clear 503.
 */
import { Kysely } from 'kysely'
import { createApp } from '../app.tsx'
import { ASSET_MANIFEST, INDEX_ASSET, OPENAPI_ASSET, WATCH_REPORT_ASSET } from '../build/worker-layout.ts'
import { DATA_PATH, DOWNLOADS_MANIFEST, type DownloadManifest } from '../data/manifest.ts'
import { D1Dialect } from '../db/d1-dialect.ts'
import type { Database } from '../db/schema.ts'
import { configFrom, issueRelayFrom, type AssetManifest, type ConfigVariables } from '../env.ts'
import { loadSearchIndex } from '../search/engine.ts'
import { parseWatchReport } from '../watch/report.ts'
import { parsePublicUrl } from '../site/public-url.ts'

// A binding left out of the configuration is undefined at run time, whatever the generated Env says.
// CONTRIBUTION_LIMIT is Cloudflare's rate-limiting binding, optional (see wrangler.toml).
export type Bindings = Partial<Env> & ConfigVariables & { GITHUB_TOKEN?: string; GITHUB_API_URL?: string; CONTRIBUTION_LIMIT?: RateLimit }
/** A step of starting up that failed: `message` is for the client, `internal` (the cause) only for the log. */
export class Missing extends Error {
  constructor(readonly what: string, detail: string, readonly internal?: string) { super(detail) }
}
const reason = (e: unknown) => (e instanceof Error ? e.message : String(e))
/** Runs one step of starting up; a failure becomes a Missing that names the step and keeps the cause. */
const step = <T>(what: string, detail: string, run: () => T | Promise<T>): Promise<T> =>
  Promise.resolve().then(run).catch((e: unknown) => { throw e instanceof Missing ? e : new Missing(what, `${detail}.`, reason(e)) })

/** Its window, in seconds, as configured in wrangler.toml: the binding itself does not say how long to wait. */
const BINDING_PERIOD_SECONDS = 60

export async function makeApp({ DB: d1, ASSETS: assets, CONTRIBUTION_LIMIT: rateLimit, ...vars }: Bindings, url: string) {
  if (!d1) throw new Missing('d1-binding', 'De Worker heeft geen D1-database: de binding DB ontbreekt ([[d1_databases]] in wrangler.toml).')
  const asset = (what: string, path: string) => step(what, `${path} ontbreekt bij de statische bestanden; voer npm run build:worker uit en deploy opnieuw`, async () => {
    const res = await assets!.fetch(new URL(path, url))
    if (!res.ok) throw new Error(`HTTP ${res.status}`)
    return res.text()
  })
  const seed = d1.prepare("SELECT value FROM build_info WHERE key = 'fingerprint'").first<string>('value').catch((e: unknown) => {
    if (!reason(e).includes('no such table')) throw new Missing('d1-unavailable', 'De D1-database antwoordt niet.', reason(e))
    throw new Missing('d1-schema', 'De D1-database heeft geen tabellen: pas de migraties toe (wrangler d1 migrations apply).', reason(e))
  })
  // The downloads are optional: a Worker without them serves everything but the data page's list.
  const downloadsJson = assets?.fetch(new URL(`${DATA_PATH}/${DOWNLOADS_MANIFEST}`, url)).then((res) => (res.ok ? res.text() : undefined), () => undefined)
  const [fingerprint, indexJson, manifestJson, openApiJson, downloadsText] = await Promise.all([seed, asset('search-index', INDEX_ASSET), asset('asset-manifest', ASSET_MANIFEST), asset('openapi', OPENAPI_ASSET), downloadsJson])
  if (!fingerprint) throw new Missing('d1-seed', 'De D1-database is leeg: de seed is niet toegepast (wrangler d1 execute --file .build/worker/seed.sql).')
  const search = await step('search-index', `De zoekindex ${INDEX_ASSET} is onleesbaar`, () => loadSearchIndex(indexJson))
  const manifest = await step('asset-manifest', `${ASSET_MANIFEST} is onleesbaar`, () => JSON.parse(manifestJson) as AssetManifest)
  const openApi = await step('openapi', `${OPENAPI_ASSET} is onleesbaar`, () => JSON.parse(openApiJson) as object)
  // The watch report is optional: without it the editors' page says none is available.
  const reportJson: unknown = await assets!.fetch(new URL(WATCH_REPORT_ASSET, url)).then((r) => (r.ok ? r.json() : undefined), () => undefined).catch(() => undefined)
  const parsedReport = reportJson === undefined ? undefined : parseWatchReport(reportJson)
  const watchReport = parsedReport && 'report' in parsedReport ? parsedReport.report : undefined
  const db = new Kysely<Database>({ dialect: new D1Dialect({ database: d1 }) })
  const publicUrl = await step('public-url', 'PUBLIC_URL in [vars] klopt niet', () => parsePublicUrl(vars.PUBLIC_URL))
  const config = { ...configFrom(vars), publicUrl }
  const downloads = downloadsText ? (JSON.parse(downloadsText) as DownloadManifest) : undefined
  // Counted across Cloudflare's edge when the binding is configured; else per isolate, in memory.
  const contributionLimiter = rateLimit && {
    take: async (key: string) => ((await rateLimit.limit({ key })).success ? { ok: true as const } : { ok: false as const, retryAfterSeconds: BINDING_PERIOD_SECONDS }),
  }
  return createApp({ db, search, assets: manifest, config, contributionLimiter, watchReport, downloads, openApi, issueRelay: issueRelayFrom(vars) })
}
