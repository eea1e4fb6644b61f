/**
 * What the bench needs from a search engine. Async on purpose: the app's engine may become
 * async or move into a database, and then only its adapter changes, not the harness.
 */
import type { BenchDoc } from '../corpus.ts'

export interface BuildOptions {
  /** Also gzip the serialized index (seconds at 10k docs, so only the memory phase asks). */
  gzip?: boolean
}

export interface BuiltEngine {
  /** The ids of the top 10 hits, best first. */
  search(q: string): Promise<string[]>
  /** Size of the serialized index (JSON) or of the on-disk search index, in bytes. */
  sizeBytes: number
  /** Gzip -6 size of the serialized index, when asked for and when the engine has one. */
  gzipBytes?: number
  /** Time to build (and serialize) the index; without it the bench times the whole build() call. */
  buildMs?: number
  /** Time to load the serialized index (or open the database) before the first query. */
  loadMs?: number
  /** Extra facts for the report, such as the total database size. */
  notes?: string
  close(): Promise<void>
}

export interface BenchEngine {
  /** Short, stable name used in tables and on the command line. */
  name: string
  /** One line on the configuration, for the report. */
  description: string
  build(docs: readonly BenchDoc[], options?: BuildOptions): Promise<BuiltEngine>
}
