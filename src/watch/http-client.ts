/**
 * A polite HTTP client for the watch: one clear User-Agent, at most one request at a time per
 * host with a pause between them, a time limit per request, and retries with back-off on what
 * is likely passing (network errors, time-outs, 429 and 5xx). It never throws for an HTTP status:
 * callers decide what a 404 means. It throws `ServiceDown` only when the server could not be
 * reached or kept failing, so a service that is down is never mistaken for a change.
 */

export interface HttpOptions {
  userAgent: string
  /** Time limit for one request, headers and body together. */
  timeoutMs: number
  /** Pause between two requests to the same host. */
  intervalMs: number
  /** Further attempts after a failure that may pass. */
  retries: number
  /** First back-off; doubles with each retry. */
  backoffMs: number
  /** Bodies larger than this are cut off (the check only needs the first part of a page). */
  maxBodyBytes: number
}

export interface HttpResponse {
  status: number
  /** The address asked for (redirects are not followed: see `location`). */
  url: string
  /** Absolute target of a redirect, if the answer was one. */
  location?: string
  contentType: string
  /** The Retry-After header of a 429 or 503, as sent. */
  retryAfter?: string
  body: Uint8Array
  text(): string
}

export interface GetOptions {
  accept?: string
  /** Follow redirects (APIs) or hand them back (link checks). */
  redirect?: 'follow' | 'manual'
}

export class ServiceDown extends Error {
  constructor(readonly url: string, readonly reason: string) {
    super(`${url}: ${reason}`)
  }
}

const RETRY_STATUS = new Set([429, 500, 502, 503, 504])
const MAX_RETRY_AFTER_MS = 60_000

export function createHttpClient(options: HttpOptions, fetchImpl: typeof fetch = fetch) {
  // Per host: when the next request may start, and a queue so requests to one host never overlap.
  const nextStart = new Map<string, number>()
  const queues = new Map<string, Promise<unknown>>()
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

  async function waitTurn(host: string): Promise<void> {
    const wait = (nextStart.get(host) ?? 0) - Date.now()
    if (wait > 0) await sleep(wait)
  }

  async function attempt(url: string, get: GetOptions): Promise<HttpResponse> {
    const response = await fetchImpl(url, {
      headers: { 'User-Agent': options.userAgent, Accept: get.accept ?? '*/*' },
      redirect: get.redirect ?? 'follow',
      signal: AbortSignal.timeout(options.timeoutMs),
    })
    const body = await readLimited(response, options.maxBodyBytes)
    const location = response.headers.get('location')
    return {
      status: response.status,
      url,
      location: location ? new URL(location, url).href : undefined,
      contentType: response.headers.get('content-type') ?? '',
      retryAfter: response.headers.get('retry-after') ?? undefined,
      body,
      text: () => new TextDecoder().decode(body),
    }
  }

  async function getOnce(url: string, get: GetOptions): Promise<HttpResponse> {
    const host = new URL(url).host
    let lastReason = ''
    for (let n = 0; n <= options.retries; n++) {
      await waitTurn(host)
      let retryAfter = 0
      try {
        const response = await attempt(url, get)
        nextStart.set(host, Date.now() + options.intervalMs)
        if (!RETRY_STATUS.has(response.status)) return response
        lastReason = `HTTP ${response.status}`
        retryAfter = parseRetryAfter(response)
        if (n === options.retries) return response
      } catch (error) {
        nextStart.set(host, Date.now() + options.intervalMs)
        lastReason = describeFailure(error, options.timeoutMs)
      }
      if (n < options.retries) await sleep(Math.max(retryAfter, options.backoffMs * 2 ** n))
    }
    throw new ServiceDown(url, lastReason)
  }

  /** GET one address, waiting for its host's turn. */
  function get(url: string, get: GetOptions = {}): Promise<HttpResponse> {
    const host = new URL(url).host
    const previous = queues.get(host) ?? Promise.resolve()
    const run = previous.then(() => getOnce(url, get), () => getOnce(url, get))
    queues.set(host, run.catch(() => undefined))
    return run
  }

  return { get }
}

export type HttpClient = ReturnType<typeof createHttpClient>

async function readLimited(response: Response, limit: number): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array()
  const reader = response.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  while (size < limit) {
    const { done, value } = await reader.read()
    if (done) break
    chunks.push(value)
    size += value.byteLength
  }
  if (size >= limit) await reader.cancel().catch(() => undefined)
  const out = new Uint8Array(Math.min(size, limit))
  let offset = 0
  for (const chunk of chunks) {
    const part = chunk.subarray(0, out.byteLength - offset)
    out.set(part, offset)
    offset += part.byteLength
  }
  return out
}

/** Retry-After in seconds, capped; a date form is rare for APIs and the back-off covers it. */
function parseRetryAfter(response: HttpResponse): number {
  const seconds = Number(response.retryAfter)
  return Number.isFinite(seconds) && seconds > 0 ? Math.min(seconds * 1000, MAX_RETRY_AFTER_MS) : 0
}

function describeFailure(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return `geen antwoord binnen ${Math.round(timeoutMs / 1000)} s`
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : ''
  return `niet bereikbaar (${error instanceof Error ? error.message : String(error)}${cause})`
}
