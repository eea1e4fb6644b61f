/**
 * The HTML pages, mounted once per interface language. Every page is server-rendered and
 * complete without JavaScript.
 */
import { Hono } from 'hono'
import type { VNode } from 'preact'
import { SLUG_PATTERN } from '../content/schema.ts'
import type { Lang } from '../content/taxonomy.ts'
import { listedKinds, listingOf, type ListedKind } from '../content/kinds.ts'
import { createEntriesRepository, type EntryDetailOf, type EntrySummary } from '../db/entries.repository.ts'
import type { AppEnv, Deps } from '../env.ts'
import { runSearch } from '../services/search.ts'
import type { ViewContext } from '../views/context.ts'
import { CasePage } from '../views/pages/case.tsx'
import { ContentPage } from '../views/pages/content-page.tsx'
import { HomePage } from '../views/pages/home.tsx'
import { ListPage } from '../views/pages/list.tsx'
import { RulePage } from '../views/pages/rule.tsx'
import { SearchPage } from '../views/pages/search.tsx'
import { StatusPage } from '../views/pages/status-page.tsx'
import { FrictionMapPage } from '../views/pages/friction-map.tsx'
import { WorkaroundPage } from '../views/pages/workaround.tsx'
import { ScanStartPage } from '../views/pages/scan-start.tsx'
import { createScanPageRoutes } from './scan-pages.tsx'
import { htmlResponse, notFoundPage, viewContext } from './html.tsx'
import { withEntryHead } from '../views/entry-head.ts'
import { createContributeRoutes } from './contribute.tsx'
import { pathsOf, prefixOf, type PageKey } from '../paths.ts'
import { parseSearchParams } from './search-params.ts'
import { suggestFor } from '../search/suggest.ts'
import { parentKind, parentSlugsOf } from '../views/parents.ts'
import { chooseSort, orderList } from '../services/list-order.ts'

/** Pages written as Markdown in content/pages/, by page and slug; they exist only when their file does. */
export const CONTENT_PAGES: Partial<Record<PageKey, string>> = { about: 'over', accessibility: 'toegankelijkheid' }

export function createPageRoutes(deps: Deps, lang: Lang) {
  const entries = createEntriesRepository(deps.db)
  const p = pathsOf(lang)
  const prefix = prefixOf(lang)
  const local = (path: string) => path.slice(prefix.length) || '/'
  const pages = new Hono<AppEnv>()

  pages.get('/', async (c) => {
    const all = deps.search.search({ q: '', filters: {}, limit: 0, offset: 0 })
    const ctx = viewContext(c, deps, lang)
    const counts = { rule: all.facets.type.rule ?? 0, workaround: all.facets.type.workaround ?? 0, case: all.facets.type.case ?? 0 }
    const rules = deps.search.search({ q: '', filters: { type: [parentKind] }, limit: 0, offset: 0 })
    return htmlResponse(c, <HomePage ctx={ctx} data={{ counts, domainCounts: rules.facets.domain }} />)
  })

  pages.get(local(p.search), async (c) => {
    const ctx = viewContext(c, deps, lang)
    const { params, problems } = parseSearchParams((name) => c.req.queries(name) ?? [])
    if (problems.length) {
      return htmlResponse(c, <StatusPage ctx={ctx} title={ctx.t.badRequestTitle} text="" problems={problems.map((pr) => `${pr.name}: ${pr.reason}`)} />, 400)
    }
    const outcome = await runSearch(deps.search, entries, params)
    const suggestion = outcome.total === 0 && params.q ? suggestFor(deps.search, params.q) : undefined
    return htmlResponse(c, <SearchPage ctx={ctx} params={params} outcome={outcome} suggestion={suggestion} />)
  })

  const typeRoutes = <K extends ListedKind>(type: K, render: (ctx: ViewContext, entry: EntryDetailOf<K>) => VNode) => {
    pages.get(local(p[type]), async (c) => {
      const ctx = viewContext(c, deps, lang)
      const { params, problems } = parseSearchParams((name) => c.req.queries(name) ?? [], listingOf(type).facets)
      if (problems.length) {
        return htmlResponse(c, <StatusPage ctx={ctx} title={ctx.t.badRequestTitle} text="" problems={problems.map((pr) => `${pr.name}: ${pr.reason}`)} />, 400)
      }
      const ruleParam = type === 'rule' ? undefined : c.req.query('rule')
      const rule = ruleParam && SLUG_PATTERN.test(ruleParam) ? await entries.findName('rule', ruleParam) : undefined
      if (ruleParam && !rule) {
        return htmlResponse(c, <StatusPage ctx={ctx} title={ctx.t.badRequestTitle} text="" problems={[`rule: ${ctx.t.unknownRule(ruleParam.slice(0, 80))}`]} />, 400)
      }
      const list: EntrySummary[] = await entries.listEntries(type, params.filters, rule?.slug)
      // Counts come from everything linked to the chosen rule, so they match what a click would show.
      const only = rule ? await entries.listSlugsLinkedToRule(type, rule.slug) : undefined
      const counts = deps.search.search({ q: params.q, filters: { ...params.filters, type: [type] }, limit: 0, offset: 0, only }).facets
      const sort = chooseSort(type, params.q, c.req.query('sort'))
      const ordered = orderList(list, type, params, sort, deps.search)
      const names = await entries.findNames(parentSlugsOf(ordered))
      return htmlResponse(c, <ListPage ctx={ctx} type={type} entries={ordered} filters={params.filters} counts={counts} rule={rule} names={names} q={params.q} sort={sort} />)
    })
    pages.get(`${local(p[type])}/:slug`, async (c) => {
      const slug = c.req.param('slug')
      const entry = SLUG_PATTERN.test(slug) ? await entries.findEntry(type, slug) : undefined
      if (!entry) return notFoundPage(c, deps, lang)
      return htmlResponse(c, render(withEntryHead(viewContext(c, deps, lang), entry), entry))
    })
  }
  // One page view per listed kind; a kind without one fails the type check.
  const entryPages: { [K in ListedKind]: (ctx: ViewContext, entry: EntryDetailOf<K>) => VNode } = {
    rule: (ctx, entry) => <RulePage ctx={ctx} rule={entry} />,
    workaround: (ctx, entry) => <WorkaroundPage ctx={ctx} workaround={entry} />,
    case: (ctx, entry) => <CasePage ctx={ctx} entry={entry} />,
    scan: (ctx, entry) => <ScanStartPage ctx={ctx} entry={entry} />,
  }
  // A scan's questions, check page, result and note live below its start page.
  pages.route(local(p.scan), createScanPageRoutes(deps, lang))
  for (const kind of listedKinds) typeRoutes(kind, entryPages[kind] as (ctx: ViewContext, entry: EntryDetailOf<ListedKind>) => VNode)

  pages.get(local(p.map), async (c) => {
    const [rules, triples] = await Promise.all([entries.listEntries('rule'), entries.listCaseRuleDomains()])
    const counts: Record<string, Record<string, number>> = {}
    const cases: Record<string, Set<string>> = {}
    for (const { caseSlug, ruleSlug, domain } of triples) {
      const row = (counts[ruleSlug] ??= {})
      row[domain] = (row[domain] ?? 0) + 1
      ;(cases[ruleSlug] ??= new Set()).add(caseSlug)
    }
    const totals = Object.fromEntries(Object.entries(cases).map(([rule, set]) => [rule, set.size]))
    const data = { rules: rules.map((r) => ({ slug: r.slug, title: r.title, titleEn: r.titleEn })), counts, totals }
    return htmlResponse(c, <FrictionMapPage ctx={viewContext(c, deps, lang)} data={data} />)
  })

  // Pages written as Markdown in content/pages/.
  for (const [key, slug] of Object.entries(CONTENT_PAGES) as [PageKey, string][]) {
    pages.get(local(p[key]), async (c) => {
      const page = await entries.findPage(slug)
      if (!page) return notFoundPage(c, deps, lang)
      return htmlResponse(c, <ContentPage ctx={viewContext(c, deps, lang)} page={page} />)
    })
  }
  // The contribution guide (content/pages/bijdragen.md) with the case form; POST is the form without JavaScript.
  pages.route(local(p.contribute), createContributeRoutes(deps, lang))

  return pages
}
