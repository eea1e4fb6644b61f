/**
 * createApp: the whole service as a Hono app, independent of the runtime. The platform
 * entry points (src/platform/node.ts, src/platform/worker.ts) supply the dependencies.
 */
import { Hono } from 'hono'
import { etag } from 'hono/etag'
import { pageCache } from './cache/page-cache.ts'
import type { AppEnv, Deps } from './env.ts'
import { createApiRoutes } from './routes/api.ts'
import { createEditorsRoutes } from './routes/editors.tsx'
import { securityHeaders } from './routes/security-headers.ts'
import { methodNotAllowed, trimTrailingSlash } from './routes/http-semantics.ts'
import { problem } from './routes/problem.ts'
import { htmlResponse, notFoundPage, viewContext } from './routes/html.tsx'
import { createPageRoutes } from './routes/pages.tsx'
import { createOpenRoutes } from './routes/open.tsx'
import { StatusPage } from './views/pages/status-page.tsx'
import { favicon } from './views/favicon.ts'
import { langOfPath, languages } from './i18n/languages.ts'
import { pathsOf } from './paths.ts'

export function createApp(deps: Deps) {
  const app = new Hono<AppEnv>()

  app.use('*', securityHeaders())
  app.use('*', methodNotAllowed(async (url) => (await app.request(url, { method: 'HEAD' })).status < 400))
  // Pages redirect a trailing slash; the API answers 404 (NL API Design Rules /core/no-trailing-slash).
  const trim = trimTrailingSlash(deps.config.publicUrl)
  app.use('*', (c, next) => (c.req.path.startsWith('/api/') ? next() : trim(c, next)))
  app.use('*', pageCache({ today: () => deps.today?.() ?? new Date().toISOString().slice(0, 10) }))
  app.use('*', etag())

  app.get('/favicon.svg', (c) => c.body(favicon, 200, { 'Content-Type': 'image/svg+xml', 'Cache-Control': 'public, max-age=86400' }))
  app.get('/favicon.ico', (c) => c.redirect('/favicon.svg', 301))
  app.route('/api/v1', createApiRoutes(deps))
  // Every registered language, the one without a prefix (Dutch) last so that it does not catch the others' paths.
  const mounted = [...languages].sort((a, b) => b.prefix.length - a.prefix.length)
  for (const language of mounted) app.route(pathsOf(language.code).editors, createEditorsRoutes(deps, language.code))
  app.route('/', createOpenRoutes(deps))
  for (const language of mounted) app.route(language.prefix || '/', createPageRoutes(deps, language.code))

  app.notFound((c) => {
    const path = new URL(c.req.url).pathname
    if (path.startsWith('/api/')) return problem(c, 404, 'Niet gevonden', 'Dit adres bestaat niet in de API. Zie /api/v1/openapi.json.')
    return notFoundPage(c, deps, langOfPath(path))
  })

  app.onError((error, c) => {
    // The stack goes to the log, never to the client.
    console.error(error)
    const path = new URL(c.req.url).pathname
    if (path.startsWith('/api/')) return problem(c, 500, 'Interne fout', 'Er ging aan onze kant iets mis. Probeer het later opnieuw.')
    const ctx = viewContext(c, deps, langOfPath(path))
    return htmlResponse(c, <StatusPage ctx={ctx} title={ctx.t.errorTitle} text={ctx.t.errorText} />, 500)
  })

  return app
}
