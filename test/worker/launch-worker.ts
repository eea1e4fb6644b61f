/**
 * Runs a bundled Worker on workerd (Miniflare) with an in-memory local D1 and static assets,
 * with the bindings wrangler.toml declares. The D1 database is prepared the way the deploy
 * path prepares it: the migrations from src/db/migrations, then the seed file, both split into
 * statements by wrangler's own splitter. Used by the worker tests and by bench:worker.
 */
import { readFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Miniflare } from 'miniflare'
import { unstable_getMiniflareWorkerOptions, unstable_splitSqlQuery } from 'wrangler'
import { WRANGLER_ENV } from '../../src/build/worker-bundle-fs.ts'
import { readMigrations } from '../../src/db/migrations-fs.ts'

// wrangler's config reader runs in this process: no telemetry from it, whoever starts the tests.
Object.assign(process.env, WRANGLER_ENV)

const WRANGLER_TOML = fileURLToPath(new URL('../../wrangler.toml', import.meta.url))

/** How far the D1 database is prepared: `untouched` leaves it as it is (empty in memory, or what d1Persist holds); `no-binding` leaves the DB binding out. */
export type D1State = 'seeded' | 'migrated' | 'untouched' | 'no-binding'

export interface LaunchOptions {
  /** The bundle that `wrangler deploy --dry-run` wrote. */
  script: string
  /** The static assets folder (.build/worker/public or a test copy). */
  publicDir: string
  /** The seed SQL file, applied when d1 is 'seeded'. */
  seedFile: string
  d1?: D1State
  /** Plain-text bindings ([vars]). */
  vars?: Record<string, string>
  /** Where Miniflare keeps D1 between runs; in memory when left out. */
  d1Persist?: string
}

export type RunningWorker = Awaited<ReturnType<typeof launchWorker>>

export async function launchWorker({ script, publicDir, seedFile, d1 = 'seeded', vars = {}, d1Persist }: LaunchOptions) {
  // The assets folder wrangler.toml names need not exist (a fresh checkout has no build): override it.
  const { workerOptions } = unstable_getMiniflareWorkerOptions(WRANGLER_TOML, undefined, { overrides: { assets: { directory: publicDir } } })
  const mf = new Miniflare({
    ...workerOptions,
    modules: true,
    scriptPath: script,
    modulesRoot: dirname(script),
    d1Databases: d1 === 'no-binding' ? {} : workerOptions.d1Databases,
    d1Persist,
    bindings: vars,
    cf: false,
  })
  await mf.ready
  const worker = {
    mf,
    /** Sends a request to the Worker, as a browser or API client would. */
    fetch: (path: string, headers: Record<string, string> = {}) => mf.dispatchFetch(new URL(path, 'http://localhost').href, { headers, redirect: 'manual' }),
    /** Runs SQL text against the local D1, split into statements the way `wrangler d1 execute` does. */
    async execute(sqlText: string) {
      const db = await mf.getD1Database('DB')
      const statements = unstable_splitSqlQuery(sqlText)
      if (statements.length) await db.batch(statements.map((s) => db.prepare(s)))
    },
    /** Rows of one query, straight from the local D1. */
    async query<T = Record<string, unknown>>(sqlText: string): Promise<T[]> {
      const db = await mf.getD1Database('DB')
      return (await db.prepare(sqlText).all<T>()).results
    },
    async applyMigrations() {
      for (const migration of readMigrations()) await worker.execute(migration.sql)
    },
    applySeed: (file = seedFile) => worker.execute(readFileSync(file, 'utf8')),
    dispose: () => mf.dispose(),
  }
  if (d1 === 'migrated' || d1 === 'seeded') await worker.applyMigrations()
  if (d1 === 'seeded') await worker.applySeed()
  return worker
}
