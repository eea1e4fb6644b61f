/**
 * What the contribution endpoint and the contribution page share on the server: the corpus
 * the form links into, one rate limiter per app, the client key it counts by, and the check
 * itself (the shared validator plus what only the server can see).
 */
import type { Context } from 'hono'
import { fmt, type ContributeMessages } from '../contribute/messages.ts'
import { clientBucketKey } from '../contribute/client-key.ts'
import { createRateLimiter, type RateLimiter } from '../contribute/rate-limit.ts'
import { freeVariant } from '../contribute/slug.ts'
import { validateContribution, type ContributionCorpus, type ValidateOptions, type ValidationResult } from '../contribute/validate.ts'
import { createEntriesRepository } from '../db/entries.repository.ts'
import type { AppEnv, Deps } from '../env.ts'

/** Largest request body accepted, form or JSON: four long sections and sources fit easily. */
export const MAX_CONTRIBUTION_BYTES = 256 * 1024

/** A burst of 30 checks, then one every two seconds: plenty for a person fixing a form. */
export const RATE_LIMIT = { capacity: 30, refillPerSecond: 0.5 }

/**
 * Largest form body the pages read. Above MAX_CONTRIBUTION_BYTES a form is still read (up to
 * this), so that the page can keep what was typed and say which field is too long.
 */
export const MAX_FORM_BYTES = 4 * MAX_CONTRIBUTION_BYTES

/** Sending to the editors files an issue: a burst of 5, then one every two minutes, on top of the check's limit. */
export const SEND_LIMIT = { capacity: 5, refillPerSecond: 1 / 120 }

const corpora = new WeakMap<Deps, Promise<ContributionCorpus>>()
const limiters = new WeakMap<Deps, RateLimiter>()
const sendLimiters = new WeakMap<Deps, RateLimiter>()

/** Rules, workarounds and every slug in use, read once per build (a new build brings new deps). */
export function contributionCorpus(deps: Deps): Promise<ContributionCorpus> {
  let corpus = corpora.get(deps)
  if (!corpus) {
    const entries = createEntriesRepository(deps.db)
    corpus = Promise.all([entries.listEntries('rule'), entries.listEntries('workaround'), entries.listEntries('case')]).then(([rules, workarounds, cases]) => {
      const option = (e: { slug: string; title: string }) => ({ slug: e.slug, title: e.title })
      const byTitle = (a: { title: string }, b: { title: string }) => a.title.localeCompare(b.title, 'nl')
      return { rules: rules.map(option).sort(byTitle), workarounds: workarounds.map(option).sort(byTitle), taken: [...rules, ...workarounds, ...cases].map((e) => e.slug) }
    })
    corpus.catch(() => corpora.delete(deps))
    corpora.set(deps, corpus)
  }
  return corpus
}

/** One limiter per app instance, shared by the API endpoint and the page that posts without JavaScript. */
export function contributionLimiter(deps: Deps): RateLimiter {
  let limiter = deps.contributionLimiter ?? limiters.get(deps)
  if (!limiter) limiters.set(deps, (limiter = createRateLimiter(RATE_LIMIT)))
  return limiter
}

/**
 * One limiter for sending to the editors per app instance; with a shared limiter (the Worker's
 * binding) the same one counts, under a key of its own.
 */
export function sendLimiter(deps: Deps): RateLimiter {
  if (deps.contributionLimiter) {
    const shared = deps.contributionLimiter
    return { take: (key) => shared.take(`send:${key}`) }
  }
  let limiter = sendLimiters.get(deps)
  if (!limiter) sendLimiters.set(deps, (limiter = createRateLimiter(SEND_LIMIT)))
  return limiter
}

/**
 * Who is asking: the address the platform handed over (the socket, or what a configured proxy
 * forwarded, on Node; CF-Connecting-IP on Workers). Headers are never read here, so a client
 * cannot pick a fresh bucket by sending one. Without an address every request shares one bucket.
 */
export function clientKey(c: Context<AppEnv>): string {
  return clientBucketKey(c.env?.clientAddress)
}

export function todayOf(deps: Deps): string {
  return deps.today?.() ?? new Date().toISOString().slice(0, 10)
}

/** The shared validator, plus a check only the server can make: content pages also own slugs. */
export async function checkContribution(deps: Deps, raw: unknown, t: ContributeMessages, options?: ValidateOptions): Promise<ValidationResult> {
  const corpus = await contributionCorpus(deps)
  const result = validateContribution(raw, corpus, t, options)
  if (result.ok && (await createEntriesRepository(deps.db).findPage(result.slug))) {
    const suggestion = freeVariant(result.slug, new Set(corpus.taken))
    return { ok: false, problems: [{ path: ['slug'], name: 'slug', message: fmt(t.errors.slugTaken, { slug: result.slug, suggestion }) }] }
  }
  return result
}
