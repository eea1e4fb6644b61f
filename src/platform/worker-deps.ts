/**
 * Starts the app in a Worker isolate from its bindings: D1 through Kysely, the search index and
 * the asset manifest from the static assets. Each step that fails throws `Missing`, which names
 * what is missing and how to fix it, so the Worker can answer with a clear 503.
 */
import { Kysely } from 'kysely'
import { createApp } from '../app.tsx'
import { ASSET_MANIFEST, INDEX_ASSET } from '../build/worker-layout.ts'
import { D1Dialect } from '../db/d1-dialect.ts'
import type { Database } from '../db/schema.ts'
import { configFrom, type AssetManifest, type ConfigVariables } from '../env.ts'
import { loadSearchIndex } from '../search/engine.ts'

// A binding left out of the configuration is undefined at run time, whatever the generated Env says.
export type Bindings = Partial<Env> & ConfigVariables
export class Missing extends Error {
  constructor(readonly what: string, detail: string) { super(detail) }
}
const reason = (e: unknown) => (e instanceof Error ? e.message : String(e))
/** Runs one step of starting up; a failure becomes a Missing that names the step and keeps the cause. */
const step = <T>(what: string, detail: string, run: () => T | Promise<T>): Promise<T> =>
  Promise.resolve().then(run).catch((e: unknown) => { throw e instanceof Missing ? e : new Missing(what, `${detail} (${reason(e)})`) })

export async function makeApp({ DB: d1, ASSETS: assets, ...vars }: Bindings, url: string) {
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
  const config = configFrom(vars)
  return createApp({ db, search, assets: manifest, config })
}
