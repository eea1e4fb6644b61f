/**
 * `npm run build:worker`: builds what the Cloudflare deployment needs into .build/worker
 * (static assets with the search index, the D1 seed), bundles the Worker with a wrangler dry
 * run, and prints the sizes against the budget. Exits 1 on content errors, on a Worker over
 * budget, or when a build-only package (marked, yaml, …) got into the bundle.
 */
import { gzipSync } from 'node:zlib'
import { readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { formatProblem } from '../content/problems.ts'
import { bundleWorker, WORKER_BUDGET_BYTES } from '../build/worker-bundle-fs.ts'
import { buildWorkerArtefacts } from './build-worker-fs.ts'
import { DIST_DIR, INDEX_ASSET, WORKER_BUILD_DIR } from '../build/worker-layout.ts'

const root = process.cwd()
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
const started = performance.now()

const built = await buildWorkerArtefacts({ root, outDir: join(root, WORKER_BUILD_DIR) })
if (!built.ok) {
  for (const p of built.problems.filter((p) => p.severity === 'error')) console.error(formatProblem(p))
  console.error('\nThe content has errors; nothing was built. Run npm run check for details.')
  process.exit(1)
}
const bundle = bundleWorker({ root, outDir: join(built.dir, DIST_DIR), assetsDir: built.publicDir })
const indexGzip = gzipSync(readFileSync(join(built.publicDir, INDEX_ASSET)), { level: 9 }).length
const withinBudget = bundle.gzipBytes <= WORKER_BUDGET_BYTES

console.log(`Worker build in ${relative(root, built.dir)}/ (${Math.round(performance.now() - started)} ms)`)
console.log(`  Worker bundle   ${kb(bundle.bytes)} minified, ${kb(bundle.gzipBytes)} gzipped, without the search index (budget ${kb(WORKER_BUDGET_BYTES)} gzipped: ${withinBudget ? 'ok' : 'OVER BUDGET'})`)
console.log(`  Search index    ${kb(built.indexBytes)} (${kb(indexGzip)} gzipped), a static asset at ${INDEX_ASSET}, loaded once per isolate`)
console.log(`  D1 seed         ${relative(root, built.seedFile)}: ${kb(built.seedBytes)}, ${built.counts.entries} entries, ${built.counts.facets} facet values, ${built.counts.links} links, ${built.counts.references} references`)
console.log(`  Bundle          ${relative(root, bundle.file)} (esbuild metafile next to it)`)

if (bundle.forbidden.length) console.error(`\nBuild-only code got into the Worker bundle: ${bundle.forbidden.join(', ')}. Run-time modules must not import it.`)
if (!withinBudget) console.error(`\nThe Worker is ${kb(bundle.gzipBytes - WORKER_BUDGET_BYTES)} over its budget of ${kb(WORKER_BUDGET_BYTES)} gzipped.`)
if (bundle.forbidden.length || !withinBudget) process.exit(1)
if (built.historyNote) console.log(built.historyNote)
if (built.warnings.length) console.log(`${built.warnings.length} content warning(s): run npm run check to see them.`)
