/**
 * Two details of HTTP the framework leaves open. A trailing slash is redirected to the address
 * without it, built from the configured public URL (or as a path), never from the Host header a
 * client sent. A method a resource does not support gets 405 with Allow, not 404.
 */
import type { MiddlewareHandler } from 'hono'

export function trimTrailingSlash(publicUrl?: string): MiddlewareHandler {
  const base = publicUrl?.replace(/\/+$/, '')
  return async (c, next) => {
    await next()
    const url = new URL(c.req.url)
    const path = url.pathname
    if (c.res.status !== 404 || (c.req.method !== 'GET' && c.req.method !== 'HEAD') || path === '/' || !path.endsWith('/')) return
    // One leading slash only: "//evil.example/" must not become a protocol-relative Location.
    const target = `/${path.replace(/^\/+|\/+$/g, '')}${url.search}`
    c.res = c.redirect(base ? `${base}${target}` : target, 301)
  }
}

/**
 * After a 404 for a method other than GET or HEAD, asks the app whether the path exists for
 * GET (with a HEAD, which the page cache usually answers); if it does, the answer is 405.
 */
export function methodNotAllowed(exists: (url: string) => Promise<boolean>): MiddlewareHandler {
  return async (c, next) => {
    await next()
    const method = c.req.method
    if (c.res.status !== 404 || method === 'GET' || method === 'HEAD' || method === 'OPTIONS') return
    if (!(await exists(c.req.url))) return
    const api = new URL(c.req.url).pathname.startsWith('/api/')
    const allow = api ? 'GET, HEAD, OPTIONS' : 'GET, HEAD'
    const body = api
      ? JSON.stringify({ type: 'about:blank', title: 'Methode niet toegestaan', status: 405, detail: `Dit adres kent alleen ${allow}.`, instance: new URL(c.req.url).pathname })
      : `Methode niet toegestaan: dit adres kent alleen ${allow}.`
    c.res = new Response(body, { status: 405, headers: { Allow: allow, 'Content-Type': api ? 'application/problem+json; charset=utf-8' : 'text/plain; charset=utf-8' } })
  }
}
