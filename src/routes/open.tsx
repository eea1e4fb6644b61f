/**
 * Being found and followed: robots.txt, sitemap.xml, the Atom feeds, the follow page, the data
 * page and the DCAT catalogue. Mounted before the page routes, so a feed path never looks like a slug.
 */
import { Hono, type Context } from 'hono'
import { listedKinds } from '../content/kinds.ts'
import type { Lang } from '../content/taxonomy.ts'
import { dcatCatalog } from '../data/dcat.ts'
import { CATALOG_PATH } from '../data/manifest.ts'
import { createEntriesRepository, type EntrySummary } from '../db/entries.repository.ts'
import type { AppEnv, Deps } from '../env.ts'
import { atomXml } from '../feeds/atom.ts'
import { scopeOfFeed } from '../feeds/feed-paths.ts'
import { entryPath, langs, pathsOf, type PageKey } from '../paths.ts'
import { buildFeed } from '../services/feeds.ts'
import { absolute, publicBase } from '../site/public-url.ts'
import { robotsTxt, sitemapXml, type SitemapUrl } from '../site/sitemap.ts'
import { FollowPage } from '../views/pages/follow.tsx'
import { OpenDataPage } from '../views/pages/open-data.tsx'
import { htmlResponse, viewContext } from './html.tsx'
import { CONTENT_PAGES } from './pages.tsx'

const CACHE = 'public, max-age=300, stale-while-revalidate=3600'
/** Pages without an own sitemap entry: search results are endless and have nothing of their own. */
const UNLISTED: PageKey[] = ['search']

export function createOpenRoutes(deps: Deps) {
  const entries = createEntriesRepository(deps.db)
  const routes = new Hono<AppEnv>()
  const origin = (c: Context) => publicBase(deps.config.publicUrl, c.req.url)

  routes.get('/robots.txt', (c) =>
    c.body(robotsTxt(origin(c), langs.map((lang) => pathsOf(lang).search)), 200, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': CACHE }),
  )

  routes.get('/sitemap.xml', async (c) => {
    const base = origin(c)
    const lists = await Promise.all(listedKinds.map((kind) => entries.listEntries(kind)))
    const all: EntrySummary[] = lists.flat()
    const newest = (items: readonly EntrySummary[]) => items.reduce<string | undefined>((max, e) => (!max || e.lastChanged > max ? e.lastChanged : max), undefined)
    const everywhere = (path: (lang: Lang) => string, lastmod: string | undefined): SitemapUrl[] => {
      const alternates = langs.map((lang) => ({ lang, href: absolute(base, path(lang)) }))
      return alternates.map((a) => ({ loc: a.href, lastmod, alternates }))
    }
    // A page written in content/pages/ is listed only when its file exists.
    const missing = new Set<PageKey>()
    for (const [key, slug] of Object.entries(CONTENT_PAGES) as [PageKey, string][]) if (!(await entries.findPage(slug))) missing.add(key)
    const fixed = (Object.keys(pathsOf('nl')) as PageKey[]).filter((key) => !UNLISTED.includes(key) && !missing.has(key) && !(listedKinds as string[]).includes(key))
    const urls = [
      ...fixed.flatMap((key) => everywhere((lang) => pathsOf(lang)[key], key === 'home' ? newest(all) : undefined)),
      ...listedKinds.flatMap((kind, i) => everywhere((lang) => pathsOf(lang)[kind], newest(lists[i]!))),
      ...all.flatMap((e) => everywhere((lang) => entryPath(lang, e.type, e.slug), e.lastChanged)),
    ]
    return c.body(sitemapXml(urls), 200, { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': CACHE })
  })

  routes.get('/feeds/*', async (c) => {
    const scope = scopeOfFeed(new URL(c.req.url).pathname)
    if (!scope) return c.notFound()
    const feed = await buildFeed(deps, scope, origin(c))
    return c.body(atomXml(feed), 200, { 'Content-Type': 'application/atom+xml; charset=utf-8', 'Cache-Control': CACHE })
  })

  routes.get(CATALOG_PATH, (c) => {
    if (!deps.downloads) return c.notFound()
    const catalog = dcatCatalog(deps.downloads, { origin: origin(c), landingPage: pathsOf('nl').data, repositoryUrl: deps.config.repositoryUrl })
    return c.body(JSON.stringify(catalog, null, 2), 200, { 'Content-Type': 'application/ld+json; charset=utf-8', 'Cache-Control': CACHE, 'Access-Control-Allow-Origin': '*' })
  })

  for (const lang of langs) {
    routes.get(pathsOf(lang).follow, (c) => htmlResponse(c, <FollowPage ctx={viewContext(c, deps, lang)} />))
    routes.get(pathsOf(lang).data, (c) => htmlResponse(c, <OpenDataPage ctx={viewContext(c, deps, lang)} downloads={deps.downloads} />))
  }
  return routes
}
