/**
 * Rendered answers kept per build. Everything a GET renders is a pure function of the build,
 * the URL and the day (review notices), and a new build brings a new app and so an empty cache.
 * The cache sits inside the security headers (they are added to every answer, cached or not)
 * and outside the ETag middleware (whose ETag is kept with the answer), so a hit costs neither
 * rendering nor hashing, and a matching If-None-Match gets its 304 straight from the cache.
 * Bounded by bytes; the least recently used answer goes first.
 */
import type { MiddlewareHandler } from 'hono'

export interface PageCacheOptions {
  /** Largest total of cached bodies and keys, in bytes. */
  maxBytes?: number
  /** Today as YYYY-MM-DD: pages show review notices relative to it. */
  today: () => string
}

interface Cached {
  body: ArrayBuffer
  headers: [string, string][]
  etag: string | null
  size: number
}

/** 16 MB: every page of a corpus of a few hundred entries in both languages, in a Worker's 128 MB. */
export const DEFAULT_PAGE_CACHE_BYTES = 16 * 1024 * 1024

export function pageCache({ maxBytes = DEFAULT_PAGE_CACHE_BYTES, today }: PageCacheOptions): MiddlewareHandler {
  const entries = new Map<string, Cached>()
  let bytes = 0
  const forget = (key: string) => {
    const old = entries.get(key)
    if (old) (bytes -= old.size), entries.delete(key)
  }

  return async (c, next) => {
    // HEAD is answered by the GET route (Hono drops the body), so both share an entry.
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next()
    const url = new URL(c.req.url)
    const key = `${today()} ${url.pathname}${url.search}`
    const hit = entries.get(key)
    if (hit) {
      // Touch: a Map iterates in insertion order, so the first entry is the least recently used.
      entries.delete(key)
      entries.set(key, hit)
      const headers = new Headers(hit.headers)
      if (hit.etag && matches(c.req.header('if-none-match'), hit.etag)) {
        headers.delete('content-type')
        headers.delete('content-length')
        return new Response(null, { status: 304, headers })
      }
      return new Response(hit.body, { status: 200, headers })
    }

    await next()
    const res = c.res
    if (res.status !== 200 || res.headers.has('set-cookie') || /\b(?:no-store|private)\b/.test(res.headers.get('cache-control') ?? '')) return
    const body = await res.arrayBuffer()
    c.res = new Response(body, { status: 200, headers: res.headers })
    const size = body.byteLength + key.length * 2 + 512
    if (size > maxBytes / 4) return
    forget(key)
    const headers: [string, string][] = []
    res.headers.forEach((value, name) => headers.push([name, value]))
    entries.set(key, { body, headers, etag: res.headers.get('etag'), size })
    bytes += size
    for (const oldest of entries.keys()) {
      if (bytes <= maxBytes) break
      forget(oldest)
    }
  }
}

/** If-None-Match as RFC 9110 compares for GET: weak comparison, a list, or *. */
function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false
  if (header.trim() === '*') return true
  const strip = (tag: string) => tag.trim().replace(/^W\//, '')
  return header.split(',').some((tag) => strip(tag) === strip(etag))
}
