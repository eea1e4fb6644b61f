/**
 * The watch report: what changed at the sources since the last run, per entry, and which entries
 * are due for review. Written by `npm run watch:sources`, read back by the build for the editors'
 * page. Pure (no Node built-ins): the site reads it in the Worker too.
 */
import * as v from 'valibot'

export const signalTypes = [
  /** A new ruling cites the ECLI. */
  'citing-ruling',
  /** A ruling in the same case, usually at a higher court (appeal, cassation). */
  'same-case-ruling',
  /** A cited article has a new version in force. */
  'article-changed',
  /** A cited article's in-force date changed. */
  'article-in-force',
  /** A version of the article (or regulation) that takes effect later has been published. */
  'article-announced',
  /** The cited article is not in the version in force (repealed or renumbered). */
  'article-missing',
  /** A regulation cited as a whole has a new version in force. */
  'regulation-changed',
  /** The EU act got a new consolidated version. */
  'eu-consolidated',
  /** A new act amends the EU act. */
  'eu-amended',
  /** A corrigendum corrects the EU act. */
  'eu-corrected',
  /** The page answers 4xx, or keeps answering 5xx or nothing. */
  'link-dead',
  /** The page redirects to another page. */
  'link-moved',
  /** The page's text changed more than the threshold. */
  'link-changed',
] as const

export type SignalType = (typeof signalTypes)[number]

const signalSchema = v.object({
  type: v.picklist(signalTypes),
  /** The cited source the signal is about, as the entry cites it (ECLI, "BWBR0005537 art. 4:51", CELEX, URL). */
  source: v.string(),
  /** One Dutch sentence for editors. */
  message: v.string(),
  /** Where to read the new thing (the new ruling, the article version, the moved page). */
  url: v.string(),
  date: v.optional(v.string()),
})

const unavailableSchema = v.object({
  service: v.picklist(['rechtspraak', 'bwb', 'eurlex', 'web']),
  source: v.string(),
  reason: v.string(),
})

export const reviewStates = ['overdue', 'due-soon', 'ok'] as const

const reviewSchema = v.object({
  lastReviewed: v.string(),
  reviewBy: v.optional(v.string()),
  /** The date the entry should be checked again: review_by or a year after last_reviewed, whichever is first (as the site's banner). */
  dueOn: v.string(),
  state: v.picklist(reviewStates),
})

const entryReportSchema = v.object({
  slug: v.string(),
  kind: v.string(),
  title: v.string(),
  /** Repository path of the content file. */
  file: v.string(),
  signals: v.array(signalSchema),
  unavailable: v.array(unavailableSchema),
  review: reviewSchema,
})

export const watchReportSchema = v.object({
  version: v.literal(1),
  generatedAt: v.string(),
  /** When the previous run was, if there was one: signals are changes since then. */
  since: v.optional(v.string()),
  checked: v.object({ ecli: v.number(), bwb: v.number(), celex: v.number(), links: v.number(), rulingsScanned: v.number() }),
  /** Notes on the run as a whole: a first run that only set the baseline, a scan that stopped at its limit. */
  notes: v.array(v.string()),
  /** Services or sources that could not be checked this time (reported as such, never as a change). */
  unavailable: v.array(unavailableSchema),
  /** Entries with signals, then entries whose review is due; each once. */
  entries: v.array(entryReportSchema),
})

export type Signal = v.InferOutput<typeof signalSchema>
export type Unavailable = v.InferOutput<typeof unavailableSchema>
export type ReviewStatus = v.InferOutput<typeof reviewSchema>
export type EntryReport = v.InferOutput<typeof entryReportSchema>
export type WatchReport = v.InferOutput<typeof watchReportSchema>

/** The report if the JSON is one, else why not (the site then says no report is available). */
export function parseWatchReport(json: unknown): { report: WatchReport } | { problem: string } {
  const result = v.safeParse(watchReportSchema, json)
  if (result.success) return { report: result.output }
  const issue = result.issues[0]
  const path = issue.path?.map((p) => String(p.key)).join('.') ?? ''
  return { problem: `watch report is not valid${path ? ` at ${path}` : ''}: ${issue.message}` }
}

/** Whether an entry is overdue, due within `soonDays`, or fine, on `today` (YYYY-MM-DD). */
export function reviewStatus(lastReviewed: string, reviewBy: string | undefined, today: string, soonDays: number): ReviewStatus {
  const yearOn = addDays(lastReviewed, 365)
  const dueOn = reviewBy && reviewBy < yearOn ? reviewBy : yearOn
  const state = dueOn < today ? 'overdue' : dueOn <= addDays(today, soonDays) ? 'due-soon' : 'ok'
  return { lastReviewed, ...(reviewBy ? { reviewBy } : {}), dueOn, state }
}

export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}
