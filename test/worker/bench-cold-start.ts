/**
 * `npm run bench:worker`: the Worker's cold start to the first search answer, on workerd
 * (Miniflare) with a local D1, for the real corpus and a synthetic 1,000-document one
 * (test/bench/corpus.ts). Each run starts a fresh workerd, so each first request meets a fresh
 * isolate that has loaded nothing yet.
 *
 * Three Workers are measured from the same build:
 *   asset     the deployed design: the index is a static asset, fetched once per isolate
 *   module    the alternative: the index bundled as a Text module into the Worker script
 *   baseline  a Worker that answers "ok": what workerd itself costs on this machine
 *
 * Options: --runs N (default 5), --docs N (synthetic size, default 1000; 0 skips it).
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { seedSql } from '../../src/build/seed-sql.ts'
import { bundleWorker, runWrangler, WRANGLER_ENV } from '../../src/build/worker-bundle-fs.ts'
import { buildWorkerArtefacts } from '../../src/cli/build-worker-fs.ts'
import { INDEX_ASSET } from '../../src/build/worker-layout.ts'
import { addSearch } from '../../src/cli/search-rows.ts'
import { loadSearchIndex } from '../../src/search/engine.ts'
import { generateCorpus } from '../bench/corpus.ts'
import { toBuildRows } from '../bench/engines/tussenruimte.ts'
import { launchWorker } from './launch-worker.ts'

Object.assign(process.env, WRANGLER_ENV)
const arg = (name: string) => process.argv[process.argv.indexOf(name) + 1]
const runs = Number(process.argv.includes('--runs') ? arg('--runs') : 5)
const docs = Number(process.argv.includes('--docs') ? arg('--docs') : 1000)
const root = fileURLToPath(new URL('../../', import.meta.url))
const workerEntry = fileURLToPath(new URL('../../src/platform/worker.ts', import.meta.url))
const work = mkdtempSync(join(tmpdir(), 'tussenruimte-cold-start-'))

interface Corpus {
  name: string
  entries: number
  publicDir: string
  seedFile: string
  query: string
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
const kb = (bytes: number) => (bytes / 1024).toFixed(0)

/** The real corpus, built as npm run build:worker builds it. */
async function realCorpus(): Promise<Corpus> {
  const built = await buildWorkerArtefacts({ root, outDir: join(work, 'real') })
  if (!built.ok) throw new Error('the content has errors; run npm run check')
  return { name: 'real corpus', entries: built.counts.entries, publicDir: built.publicDir, seedFile: built.seedFile, query: 'didam' }
}

/** A synthetic corpus: the real front end, a generated index and seed. */
function syntheticCorpus(base: Corpus, size: number): Corpus {
  const { rows, indexJson } = addSearch(toBuildRows(generateCorpus(size).docs))
  const dir = join(work, `synthetic-${size}`)
  cpSync(base.publicDir, join(dir, 'public'), { recursive: true })
  writeFileSync(join(dir, 'public', INDEX_ASSET), indexJson)
  writeFileSync(join(dir, 'seed.sql'), seedSql(rows, { fingerprint: 'synthetic' }))
  return { name: `synthetic ${size}`, entries: rows.entries.length, publicDir: join(dir, 'public'), seedFile: join(dir, 'seed.sql'), query: rows.entries[0]!.title.split(' ')[0]! }
}

/** A Worker entry that wraps the real one, next to a copy of the index as a Text module. */
function variantEntry(dir: string, kind: 'module' | 'baseline', publicDir: string): string {
  mkdirSync(dir, { recursive: true })
  const entry = join(dir, `${kind}.js`)
  if (kind === 'baseline') {
    writeFileSync(entry, `export default { fetch() { return new Response('ok') } }\n`)
    return entry
  }
  writeFileSync(join(dir, 'search-index.txt'), readFileSync(join(publicDir, INDEX_ASSET)))
  writeFileSync(
    entry,
    [
      `import worker from ${JSON.stringify(workerEntry)}`,
      `import indexJson from './search-index.txt'`,
      `const isIndex = (input) => new URL(input instanceof Request ? input.url : String(input)).pathname === ${JSON.stringify(INDEX_ASSET)}`,
      `export default {`,
      `  fetch(request, env, ctx) {`,
      `    const ASSETS = { fetch: (input) => (isIndex(input) ? Promise.resolve(new Response(indexJson)) : env.ASSETS.fetch(input)) }`,
      `    return worker.fetch(request, { ...env, ASSETS }, ctx)`,
      `  },`,
      `}`,
    ].join('\n'),
  )
  return entry
}

function bundle(kind: 'asset' | 'module' | 'baseline', corpus: Corpus) {
  const outDir = join(work, 'dist', `${corpus.name}-${kind}`.replace(/\W+/g, '-'))
  if (kind === 'asset') return bundleWorker({ root, outDir, assetsDir: corpus.publicDir })
  const entry = variantEntry(join(work, 'entries', `${corpus.name}`.replace(/\W+/g, '-')), kind, corpus.publicDir)
  runWrangler(['deploy', '--dry-run', entry, '--config', join(root, 'wrangler.toml'), '--outdir', outDir, '--assets', corpus.publicDir], root)
  // The uploaded modules: the script and, for the module variant, the index next to it.
  const modules = readdirSync(outDir).filter((f) => f.endsWith('.js') || f.endsWith('.txt'))
  const code = Buffer.concat(modules.map((f) => readFileSync(join(outDir, f))))
  return { file: join(outDir, `${kind}.js`), gzipBytes: gzipSync(code, { level: 9 }).length }
}

/** Memory held by the loaded index in V8 (Node; the same engine as workerd): heap plus the typed arrays' backing stores. */
function indexHeapMb(publicDir: string): number {
  const gc = (globalThis as { gc?: () => void }).gc
  if (!gc) return NaN
  const json = readFileSync(join(publicDir, INDEX_ASSET), 'utf8')
  const used = () => {
    const { heapUsed, external } = process.memoryUsage()
    return heapUsed + external
  }
  // Several collections: the builds and workerd runs before leave garbage, Buffers among it, whose release would otherwise count against the index.
  const settle = () => {
    for (let i = 0; i < 4; i++) gc()
  }
  settle()
  const before = used()
  const engine = loadSearchIndex(json)
  settle()
  const held = used() - before
  return engine ? held / 2 ** 20 : NaN
}

async function measure(script: string, corpus: Corpus, d1Persist: string, path: string) {
  const started = performance.now()
  const worker = await launchWorker({ script, publicDir: corpus.publicDir, seedFile: corpus.seedFile, d1: 'untouched', d1Persist })
  const ready = performance.now()
  const first = await worker.fetch(path)
  const body = await first.text()
  const answered = performance.now()
  await (await worker.fetch(path)).text()
  const warm = performance.now() - answered
  await worker.dispose()
  if (first.status !== 200) throw new Error(`${path} answered ${first.status}: ${body.slice(0, 300)}`)
  return { readyMs: ready - started, firstMs: answered - ready, warmMs: warm }
}

try {
  const real = await realCorpus()
  const corpora = [real, ...(docs > 0 ? [syntheticCorpus(real, docs)] : [])]
  const lines = [
    '| corpus | entries | index KB (gzip) | index memory MB | Worker | script KB gzip | workerd ready ms | first search ms | warm search ms |',
    '|---|---|---|---|---|---|---|---|---|',
  ]
  for (const corpus of corpora) {
    const index = readFileSync(join(corpus.publicDir, INDEX_ASSET))
    const d1Persist = join(work, 'd1', corpus.name.replace(/\W+/g, '-'))
    const asset = bundle('asset', corpus)
    // Seed a persisted local D1 once; every measured run opens it as it is.
    await (await launchWorker({ script: asset.file, publicDir: corpus.publicDir, seedFile: corpus.seedFile, d1: 'seeded', d1Persist })).dispose()
    const heap = indexHeapMb(corpus.publicDir)
    const kinds = ['asset', 'module', 'baseline'] as const
    const built = { asset, module: bundle('module', corpus), baseline: bundle('baseline', corpus) }
    const samples = Object.fromEntries(kinds.map((k) => [k, [] as Awaited<ReturnType<typeof measure>>[]]))
    // Round robin, so that a burst of load on the machine hits every variant alike.
    for (let i = 0; i < runs; i++) {
      for (const kind of kinds) {
        const path = kind === 'baseline' ? '/' : `/api/v1/search?q=${encodeURIComponent(corpus.query)}`
        samples[kind]!.push(await measure(built[kind].file, corpus, d1Persist, path))
      }
      console.error(`${corpus.name}: run ${i + 1} of ${runs}`)
    }
    for (const kind of kinds) {
      const m = (key: 'readyMs' | 'firstMs' | 'warmMs') => median(samples[kind]!.map((s) => s[key])).toFixed(0)
      lines.push(`| ${corpus.name} | ${corpus.entries} | ${kb(index.length)} (${kb(gzipSync(index, { level: 9 }).length)}) | ${heap.toFixed(1)} | ${kind} | ${kb(built[kind].gzipBytes)} | ${m('readyMs')} | ${m('firstMs')} | ${m('warmMs')} |`)
    }
  }
  console.log(`\nCold start on workerd (Miniflare ${runs} runs each, medians; ${new Date().toISOString().slice(0, 10)}):\n`)
  console.log(lines.join('\n'))
} finally {
  rmSync(work, { recursive: true, force: true })
}
