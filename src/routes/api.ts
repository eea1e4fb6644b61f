/**
 * The JSON API under /api/v1: search, and the three collections with their items.
 */
import { Hono, type Context } from 'hono'
import { cors } from 'hono/cors'
import { genericApiKinds, kindLabel, type ListedKind, listingOf } from '../content/kinds.ts'
import { createEntriesRepository } from '../db/entries.repository.ts'
import type { AppEnv, Deps } from '../env.ts'
import { runSearch } from '../services/search.ts'
import { summaryJson } from './api-json.ts'
import { detailWithHistoryJson } from './history-json.ts'
import { API_VERSION } from '../openapi/version.ts'
import { entryPath } from '../paths.ts'
import { problem } from './problem.ts'
import { parseSearchParams } from './search-params.ts'
import { createContributionApi } from './contribute-api.ts'
import { SLUG_PATTERN } from '../content/schema.ts'
import { createScanApi } from './scan-api.ts'

export { API_VERSION }

export function createApiRoutes(deps: Deps) {
  const entries = createEntriesRepository(deps.db)
  const api = new Hono<AppEnv>()

  api.use('*', cors({ origin: '*', allowMethods: ['GET', 'HEAD', 'OPTIONS'], exposeHeaders: ['API-Version', 'ETag'] }))
  api.use('*', async (c, next) => {
    await next()
    c.header('API-Version', API_VERSION)
    // Routes that set their own caching (the contribution endpoint: no-store) keep it.
    if (c.res.status < 400 && !c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'public, max-age=60, stale-while-revalidate=600')
  })

  // The document is made from the schemas by the platform (at build time for the Worker); only its contact follows this deployment.
  api.get('/openapi.json', (c) => {
    const doc = deps.openApi as { info: { contact?: object } }
    return c.json({ ...doc, info: { ...doc.info, contact: { ...doc.info.contact, url: `${deps.config.repositoryUrl.replace(/\/+$/, '')}/issues` } } })
  })
  api.route('/contributions', createContributionApi(deps))

  api.get('/search', async (c) => {
    const { params, problems } = parseSearchParams((name) => c.req.queries(name) ?? [])
    if (problems.length) return problem(c, 400, 'Ongeldige parameters', 'Een of meer parameters kloppen niet; zie invalid-params.', problems)
    const outcome = await runSearch(deps.search, entries, params)
    return c.json({
      query: params.q,
      total: outcome.total,
      partial: outcome.partial,
      limit: params.limit,
      offset: params.offset,
      results: outcome.results.map((r) => ({
        type: r.type,
        slug: r.slug,
        title: r.title,
        titleEn: r.titleEn,
        summary: r.summary,
        url: entryPath('nl', r.type, r.slug),
        score: r.score,
        snippet: r.snippet,
      })),
      facets: outcome.facets,
    })
  })

  const collection = (type: ListedKind) => {
    const segment = listingOf(type).api
    api.get(`/${segment}`, async (c) => {
      const { params, problems } = parseSearchParams((name) => c.req.queries(name) ?? [], listingOf(type).facets)
      if (params.q) problems.push({ name: 'q', reason: 'wordt hier niet ondersteund; zoeken kan via /api/v1/search' })
      if (problems.length) return problem(c, 400, 'Ongeldige parameters', 'Een of meer parameters kloppen niet; zie invalid-params.', problems)
      const list = await entries.listEntries(type, params.filters)
      const page = list.slice(params.offset, params.offset + params.limit)
      return c.json({ total: list.length, limit: params.limit, offset: params.offset, items: page.map(summaryJson) })
    })
    api.get(`/${segment}/:slug`, async (c) => {
      const slug = c.req.param('slug')
      const entry = SLUG_PATTERN.test(slug) && slug.length <= 120 ? await entries.findEntry(type, slug) : undefined
      if (!entry) return notFound(c, `Er is geen ${kindLabel(type, 'nl', 'one').toLowerCase()} met slug "${slug.slice(0, 120)}".`)
      return c.json(detailWithHistoryJson(entry, deps.config.repositoryUrl))
    })
  }
  // Scans have their own shapes (questions, results); mounted first, so they answer before the generic collection.
  api.route(`/${listingOf('scan').api}`, createScanApi(deps))
  for (const kind of genericApiKinds()) collection(kind)

  api.notFound((c) => notFound(c, 'Dit adres bestaat niet in de API. Zie /api/v1/openapi.json.'))
  return api
}

function notFound(c: Context, detail: string) {
  return problem(c, 404, 'Niet gevonden', detail)
}
