/** What the HTTP load driver and the server child agree on. */
import type { LatencySummary } from '../stats.ts'

export const SEARCH_PATH = '/api/v1/search'
export const BASELINE_PATH = '/bench/precomputed'

/** The query string both endpoints get; limit 10 matches the in-process top 10. */
export function searchQueryString(q: string): string {
  return `?limit=10&q=${encodeURIComponent(q)}`
}

/** The server child's message once it listens. */
export interface ServerReady {
  port: number
  startupMs: number
  /** Response body sizes of the precomputed answers. */
  bodyBytes: LatencySummary
  /** In-process time per request while precomputing (app.request, no network). */
  precompute: LatencySummary
  rssMB: number
}
