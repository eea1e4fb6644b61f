/**
 * What every HTML route needs: the view context of a request, an HTML response with the page
 * cache headers, and the not-found page.
 */
import type { Context } from 'hono'
import type { VNode } from 'preact'
import type { Lang } from '../content/taxonomy.ts'
import type { Deps } from '../env.ts'
import type { ViewContext } from '../views/context.ts'
import { messagesOf } from '../views/messages.ts'
import { StatusPage } from '../views/pages/status-page.tsx'
import { renderHtml } from '../views/render.tsx'
import { publicBase } from '../site/public-url.ts'

export function viewContext(c: Context, deps: Deps, lang: Lang): ViewContext {
  const url = new URL(c.req.url)
  return {
    lang,
    t: messagesOf(lang),
    assets: deps.assets,
    config: deps.config,
    pathname: url.pathname,
    search: url.search,
    today: deps.today?.() ?? new Date().toISOString().slice(0, 10),
    origin: publicBase(deps.config.publicUrl, c.req.url),
  }
}

export function htmlResponse(c: Context, page: VNode, status: 200 | 400 | 404 | 500 = 200): Response {
  if (status === 200) c.header('Cache-Control', 'public, max-age=60, stale-while-revalidate=600')
  return c.html(renderHtml(page), status)
}

export function notFoundPage(c: Context, deps: Deps, lang: Lang): Response {
  const ctx = viewContext(c, deps, lang)
  return htmlResponse(c, <StatusPage ctx={ctx} title={ctx.t.notFoundTitle} text={ctx.t.notFoundText} />, 404)
}
