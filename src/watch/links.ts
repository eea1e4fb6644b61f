/**
 * Web pages (references of type url, and the pages that CVDR and Kamerstuk identifiers resolve
 * to): dead (4xx, or no answer or 5xx two runs in a row), moved (a redirect to another page) or
 * changed (more of the text differs than the threshold).
 */
import { bytesSignature, pageText, similarity, textSignature } from './fingerprint.ts'
import { ServiceDown, type HttpResponse } from './http-client.ts'
import { emptyOutcome, type CheckOutcome, type WatchContext } from './outcome.ts'
import type { WatchState } from './state.ts'

const MAX_HOPS = 5
const ACCEPT = 'text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.8'

type Followed = { response: HttpResponse; finalUrl: string; permanent: boolean } | { failure: string }

/** Follows redirects one by one, so that where the address leads is known. */
async function follow(ctx: WatchContext, url: string): Promise<Followed> {
  let current = url
  let permanent: boolean | undefined
  for (let hop = 0; hop <= MAX_HOPS; hop++) {
    let response: HttpResponse
    try {
      response = await ctx.http.get(current, { redirect: 'manual', accept: ACCEPT })
    } catch (error) {
      if (error instanceof ServiceDown) return { failure: error.reason }
      throw error
    }
    if (response.status >= 300 && response.status < 400 && response.location) {
      permanent ??= response.status === 301 || response.status === 308
      current = response.location
      continue
    }
    return { response, finalUrl: current, permanent: permanent ?? false }
  }
  return { failure: `meer dan ${MAX_HOPS} doorverwijzingen` }
}

const sameAddress = (a: string, b: string) => a.replace(/#.*$/, '').replace(/\/$/, '') === b.replace(/#.*$/, '').replace(/\/$/, '')

export async function checkLinks(ctx: WatchContext, cited: Map<string, { typed: boolean; entries: Set<string> }>, state: WatchState['links']): Promise<CheckOutcome> {
  const outcome = emptyOutcome()
  const hostDown = new Map<string, string>()
  for (const [url, { typed, entries }] of cited) {
    const previous = state[url]
    const host = new URL(url).host
    const result: Followed = hostDown.has(host) ? { failure: hostDown.get(host)! } : await follow(ctx, url)
    const failure = 'failure' in result ? result.failure : result.response.status >= 500 || result.response.status === 429 ? `HTTP ${result.response.status}` : undefined
    if (failure) {
      if ('failure' in result) hostDown.set(host, failure)
      const failures = (previous?.failures ?? 0) + 1
      state[url] = { status: previous?.status ?? 0, finalUrl: previous?.finalUrl ?? url, signature: previous?.signature ?? [], failures }
      // One bad run may be the server's bad day; two in a row is a dead link.
      if (failures >= 2) outcome.findings.push({ entries, signal: { type: 'link-dead', source: url, url, message: `De pagina is ${failures} runs op rij niet bereikbaar (${failure}).` } })
      else outcome.missed.push({ unavailable: { service: 'web', source: url, reason: `${failure}; bij de volgende run opnieuw geprobeerd` }, entries })
      continue
    }
    if ('failure' in result) continue
    const { response, finalUrl, permanent } = result
    if (response.status >= 400) {
      state[url] = { status: response.status, finalUrl, signature: [], failures: 0 }
      outcome.findings.push({ entries, signal: { type: 'link-dead', source: url, url, message: `De pagina geeft een foutmelding (HTTP ${response.status}).` } })
      continue
    }
    const moved = !sameAddress(url, finalUrl)
    // A permanent redirect of an address an editor typed is worth fixing; otherwise only a new destination is news.
    if (moved && ((typed && permanent) || (previous && !sameAddress(previous.finalUrl, finalUrl)))) {
      outcome.findings.push({ entries, signal: { type: 'link-moved', source: url, url: finalUrl, message: `De pagina verwijst door naar ${finalUrl}${permanent ? ' (permanent)' : ''}.` } })
    }
    const isText = /text|html|xml|json/i.test(response.contentType) || response.contentType === ''
    const signature = isText ? textSignature(pageText(response.text())) : bytesSignature(response.body)
    if (previous && previous.status >= 200 && previous.status < 300 && previous.signature.length) {
      const common = similarity(previous.signature, signature)
      if (1 - common >= ctx.config.changeThreshold) {
        const share = Math.round((1 - common) * 100)
        outcome.findings.push({ entries, signal: { type: 'link-changed', source: url, url: finalUrl, message: isText ? `De tekst van de pagina is voor ongeveer ${share}% veranderd sinds de vorige run.` : 'Het bestand is veranderd sinds de vorige run.' } })
      }
    }
    state[url] = { status: response.status, finalUrl, signature, failures: 0 }
  }
  return outcome
}
