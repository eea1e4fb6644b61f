/** What each check hands back: signals and the sources it could not check, each with the entries concerned. */
import type { WatchConfig } from './config.ts'
import type { HttpClient } from './http-client.ts'
import type { Signal, Unavailable } from './report.ts'

export interface Finding {
  signal: Signal
  entries: ReadonlySet<string>
}

export interface Missed {
  unavailable: Unavailable
  entries: ReadonlySet<string>
}

export interface CheckOutcome {
  findings: Finding[]
  missed: Missed[]
  notes: string[]
}

export interface WatchContext {
  http: HttpClient
  config: WatchConfig
  now: Date
  /** YYYY-MM-DD */
  today: string
}

export const emptyOutcome = (): CheckOutcome => ({ findings: [], missed: [], notes: [] })

/** Text of an error for a report: the service's own words where it gave any. */
export function reasonOf(error: unknown): string {
  return error instanceof Error ? (('reason' in error && typeof error.reason === 'string') ? error.reason : error.message) : String(error)
}
