/**
 * What the watch remembers between runs (kept by the job in .watch/state.json, never in the
 * content): enough to tell what is new, nothing more. A source that could not be checked keeps
 * its previous state, so a service that was down shows its changes on the next run.
 */
import * as v from 'valibot'

const articleSchema = v.object({
  /** versie-id of the article in the version in force. */
  versionId: v.string(),
  /** The article's own in-force date (attribute inwerking). */
  inForce: v.string(),
})

const bwbSchema = v.object({
  /** Start date of the version (toestand) in force at the last run. */
  validFrom: v.string(),
  articles: v.record(v.string(), articleSchema),
  /** Announced later versions already reported, as "<start date> <article or '*'> <versie-id>". */
  announced: v.array(v.string()),
})

const linkSchema = v.object({
  status: v.number(),
  /** Where the address led, after redirects. */
  finalUrl: v.string(),
  /** MinHash signature of the page text (or one hash of a non-text body). */
  signature: v.array(v.number()),
  /** Runs in a row without an answer or with a 5xx. */
  failures: v.number(),
})

export const watchStateSchema = v.object({
  version: v.literal(1),
  lastRun: v.optional(v.string()),
  rechtspraak: v.object({
    /** Rulings modified up to this moment have been scanned for citations. */
    scannedUntil: v.optional(v.string()),
    /** Per cited ECLI: the ECLIs it is already known to be related to or cited by. */
    known: v.record(v.string(), v.array(v.string())),
  }),
  bwb: v.record(v.string(), bwbSchema),
  /** Per CELEX number: the consolidated versions, amending acts and corrigenda already known. */
  eurlex: v.record(v.string(), v.array(v.string())),
  links: v.record(v.string(), linkSchema),
})

export type WatchState = v.InferOutput<typeof watchStateSchema>
export type BwbState = v.InferOutput<typeof bwbSchema>
export type LinkState = v.InferOutput<typeof linkSchema>

export function emptyState(): WatchState {
  return { version: 1, rechtspraak: { known: {} }, bwb: {}, eurlex: {}, links: {} }
}

/** The state in a file's JSON, or a message saying what is wrong with it. */
export function parseState(json: unknown): { state: WatchState } | { problem: string } {
  const result = v.safeParse(watchStateSchema, json)
  if (result.success) return { state: result.output }
  const issue = result.issues[0]
  const path = issue.path?.map((p) => String(p.key)).join('.') ?? ''
  return { problem: `the state file is not valid${path ? ` at ${path}` : ''}: ${issue.message}` }
}
