/**
 * The distributed deployment: Cloudflare Workers + D1 + static assets (wrangler.toml). The app
 * is made once per isolate; until it can be, every request gets a 503 problem document naming
 * what is missing, and the next request tries again.
 */
import { Kysely } from 'kysely'
import { createApp } from '../app.tsx'
import { ASSET_MANIFEST, INDEX_ASSET } from '../build/worker-layout.ts'
import { D1Dialect } from '../db/d1-dialect.ts'
import type { Database } from '../db/schema.ts'
import { defaultConfig, type AssetManifest } from '../env.ts'
import { loadSearchIndex } from '../search/engine.ts'

// A binding left out of the configuration is undefined at run time, whatever the generated Env says.
type Bindings = Partial<Env> & { REPOSITORY_URL?: string; REPOSITORY_BRANCH?: string }
class Missing extends Error {
  constructor(readonly what: string, detail: string) { super(detail) }
}
const reason = (e: unknown) => (e instanceof Error ? e.message : String(e))
/** Runs one step of starting up; a failure becomes a Missing that names the step and keeps the cause. */
const step = <T>(what: string, detail: string, run: () => T | Promise<T>): Promise<T> =>
  Promise.resolve().then(run).catch((e: unknown) => { throw e instanceof Missing ? e : new Missing(what, `${detail} (${reason(e)})`) })

async function makeApp({ DB: d1, ASSETS: assets, ...vars }: Bindings, url: string) {
  if (!d1) throw new Missing('d1-binding', 'De Worker heeft geen D1-database: de binding DB ontbreekt ([[d1_databases]] in wrangler.toml).')
  const asset = (what: string, path: string) => step(what, `${path} ontbreekt bij de statische bestanden; voer npm run build:worker uit en deploy opnieuw`, async () => {
    const res = await assets!.fetch(new URL(path, url))
    if (!res.ok) throw new Error(`HTTP ${res.status}`)
    return res.text()
  })
  const seed = d1.prepare("SELECT value FROM build_info WHERE key = 'fingerprint'").first<string>('value').catch((e: unknown) => {
    if (!reason(e).includes('no such table')) throw new Missing('d1-unavailable', `De D1-database antwoordt niet (${reason(e)}).`)
    throw new Missing('d1-schema', `De D1-database heeft geen tabellen: pas de migraties toe (wrangler d1 migrations apply) (${reason(e)}).`)
  })
  const [fingerprint, indexJson, manifestJson] = await Promise.all([seed, asset('search-index', INDEX_ASSET), asset('asset-manifest', ASSET_MANIFEST)])
  if (!fingerprint) throw new Missing('d1-seed', 'De D1-database is leeg: de seed is niet toegepast (wrangler d1 execute --file .build/worker/seed.sql).')
  const search = await step('search-index', `De zoekindex ${INDEX_ASSET} is onleesbaar`, () => loadSearchIndex(indexJson))
  const manifest = await step('asset-manifest', `${ASSET_MANIFEST} is onleesbaar`, () => JSON.parse(manifestJson) as AssetManifest)
  const db = new Kysely<Database>({ dialect: new D1Dialect({ database: d1 }) })
  const config = { repositoryUrl: vars.REPOSITORY_URL ?? defaultConfig.repositoryUrl, repositoryBranch: vars.REPOSITORY_BRANCH ?? defaultConfig.repositoryBranch }
  return createApp({ db, search, assets: manifest, config })
}

let app: ReturnType<typeof makeApp> | undefined

export default {
  async fetch(request, env, ctx) {
    const pending = (app ??= makeApp(env, request.url))
    // Other requests may be waiting on this start-up: keep it running even if this request's client goes away.
    ctx.waitUntil(pending.then(() => undefined, () => undefined))
    const ready = await pending.catch((error: unknown) => {
      // Forget the failed attempt (unless a newer one is under way), so the next request tries again.
      if (app === pending) app = undefined
      if (!(error instanceof Missing)) console.error(error)
      return error instanceof Missing ? error : new Missing('unknown', 'De dienst kon niet starten.')
    })
    if (!(ready instanceof Missing)) return ready.fetch(request)
    const body = { type: 'about:blank', title: 'Dienst niet beschikbaar', status: 503, detail: ready.message, instance: new URL(request.url).pathname, missing: ready.what }
    return new Response(JSON.stringify(body), { status: 503, headers: { 'Content-Type': 'application/problem+json; charset=utf-8', 'Cache-Control': 'no-store', 'Retry-After': '30' } })
  },
} satisfies ExportedHandler<Bindings>
