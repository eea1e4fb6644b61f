/**
 * createApp: the whole service as a Hono app, independent of the runtime. The platform
 * entry points (src/platform/node.ts, src/platform/worker.ts) supply the dependencies.
 */
import { Hono } from 'hono'
import { etag } from 'hono/etag'
import { secureHeaders } from 'hono/secure-headers'
import { trimTrailingSlash } from 'hono/trailing-slash'
import type { AppEnv, Deps } from './env.ts'
import { createApiRoutes } from './routes/api.ts'
import { problem } from './routes/problem.ts'
import { htmlResponse, notFoundPage, viewContext } from './routes/html.tsx'
import { createPageRoutes } from './routes/pages.tsx'
import { StatusPage } from './views/pages/status-page.tsx'
import { favicon } from './views/favicon.ts'

export function createApp(deps: Deps) {
  const app = new Hono<AppEnv>()

  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'none'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        fontSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        manifestSrc: ["'self'"],
      },
      referrerPolicy: 'strict-origin-when-cross-origin',
      // The API and its OpenAPI document are open to every origin.
      crossOriginResourcePolicy: 'cross-origin',
      permissionsPolicy: { camera: [], microphone: [], geolocation: [], browsingTopics: [] },
    }),
  )
  app.use('*', trimTrailingSlash())
  app.use('*', etag())

  app.get('/favicon.svg', (c) => c.body(favicon, 200, { 'Content-Type': 'image/svg+xml', 'Cache-Control': 'public, max-age=86400' }))
  app.get('/favicon.ico', (c) => c.redirect('/favicon.svg', 301))
  app.route('/api/v1', createApiRoutes(deps))
  app.route('/en', createPageRoutes(deps, 'en'))
  app.route('/', createPageRoutes(deps, 'nl'))

  app.notFound((c) => {
    const path = new URL(c.req.url).pathname
    if (path.startsWith('/api/')) return problem(c, 404, 'Niet gevonden', 'Dit adres bestaat niet in de API. Zie /api/v1/openapi.json.')
    return notFoundPage(c, deps, path === '/en' || path.startsWith('/en/') ? 'en' : 'nl')
  })

  app.onError((error, c) => {
    // The stack goes to the log, never to the client.
    console.error(error)
    const path = new URL(c.req.url).pathname
    if (path.startsWith('/api/')) return problem(c, 500, 'Interne fout', 'Er ging aan onze kant iets mis. Probeer het later opnieuw.')
    const ctx = viewContext(c, deps, path.startsWith('/en') ? 'en' : 'nl')
    return htmlResponse(c, <StatusPage ctx={ctx} title={ctx.t.errorTitle} text={ctx.t.errorText} />, 500)
  })

  return app
}
