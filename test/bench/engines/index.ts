/** The engines the bench knows, by name, and the ones a run measures unless told otherwise. */
import { fts5Engine } from './fts5.ts'
import { miniSearchAnchorEngine } from './minisearch-anchor.ts'
import { miniSearchDefaultEngine } from './minisearch.ts'
import { tussenruimteEngine } from './tussenruimte.ts'
import type { BenchEngine } from './types.ts'

export const ENGINES: Record<string, BenchEngine> = Object.fromEntries(
  [tussenruimteEngine, miniSearchDefaultEngine, miniSearchAnchorEngine, fts5Engine].map((e) => [e.name, e]),
)

export const DEFAULT_ENGINES = ['tussenruimte', 'minisearch', 'ms-fold', 'fts5']

export function engineByName(name: string): BenchEngine {
  const engine = ENGINES[name]
  if (!engine) throw new Error(`unknown engine "${name}"; known: ${Object.keys(ENGINES).join(', ')}`)
  return engine
}
