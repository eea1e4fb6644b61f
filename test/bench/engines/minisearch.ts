/**
 * Plain MiniSearch as the baseline: library defaults (OR, no prefix, no fuzzy, lower-case
 * only) over every text field, built, serialized to JSON and loaded back like the app does.
 */
import MiniSearch, { type Options, type SearchOptions } from 'minisearch'
import { gzipSync } from 'node:zlib'
import type { BenchDoc } from '../corpus.ts'
import type { BenchEngine, BuiltEngine, BuildOptions } from './types.ts'

type Flat = Omit<BenchDoc, 'tags'> & { tags: string }

const flatten = (doc: BenchDoc): Flat => ({ ...doc, tags: doc.tags.join(' ') })

/** Builds, serializes and reloads a MiniSearch index; shared by the MiniSearch variants. */
export async function buildMiniSearch(docs: readonly BenchDoc[], options: Options<Flat>, search: SearchOptions | undefined, build: BuildOptions): Promise<BuiltEngine> {
  const started = performance.now()
  const index = new MiniSearch<Flat>(options)
  index.addAll(docs.map(flatten))
  // The app ships the index as JSON, so serializing is part of the build.
  const json = JSON.stringify(index)
  const buildMs = performance.now() - started
  const loadStarted = performance.now()
  const loaded = MiniSearch.loadJSON<Flat>(json, options)
  const loadMs = performance.now() - loadStarted
  return {
    buildMs,
    loadMs,
    sizeBytes: Buffer.byteLength(json),
    gzipBytes: build.gzip ? gzipSync(json, { level: 6 }).length : undefined,
    search: async (q) => loaded.search(q, search).slice(0, 10).map((r) => r.id as string),
    close: async () => {},
  }
}

export const miniSearchDefaultEngine: BenchEngine = {
  name: 'minisearch',
  description: 'MiniSearch 7 defaults: fields title, summary, body, tags; OR; no prefix, no fuzzy; lower case only',
  build: (docs, options = {}) => buildMiniSearch(docs, { fields: ['title', 'summary', 'body', 'tags'] }, undefined, options),
}
