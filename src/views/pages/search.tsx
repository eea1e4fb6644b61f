import { contentIsForeign, titleIn } from '../../i18n/content-text.ts'
import { CONTENT_LANG } from '../../i18n/languages.ts'
import { facetNames } from '../../content/taxonomy.ts'
import { entryPath, pathsOf } from '../../paths.ts'
import type { SearchParams } from '../../search/params.ts'
import type { SearchOutcome } from '../../services/search.ts'
import { TypeBadge } from '../components/badges.tsx'
import { ActiveFilters } from '../components/active-filters.tsx'
import { FacetForm, JumpToFilters } from '../components/facet-form.tsx'
import { Layout } from '../components/layout.tsx'
import { TrustedInlineHtml } from '../components/markdown-html.tsx'
import { Pagination } from '../components/pagination.tsx'
import { NoResults, PartialNotice } from '../components/search-help.tsx'
import { SearchForm } from '../components/search-form.tsx'
import type { ViewContext } from '../context.ts'

export function SearchPage({ ctx, params, outcome, suggestion }: { ctx: ViewContext; params: SearchParams; outcome: SearchOutcome; suggestion?: string }) {
  const { t, lang } = ctx
  const action = pathsOf(lang).search
  const heading = params.q ? t.resultCountFor(outcome.total, params.q) : t.resultCount(outcome.total)
  return (
    <Layout ctx={ctx} title={params.q ? `${params.q} — ${t.searchTitle}` : t.searchTitle} headerSearch={false}>
      <h1>{t.searchTitle}</h1>
      {/* A new query starts without the old filters: the form carries only the words. */}
      <SearchForm ctx={ctx} q={params.q} />
      {/* Results first in reading order, filters beside them on a wide screen (see 20-layout.css). */}
      <div class="with-sidebar" data-live-region>
        <section class="results" aria-labelledby="results-heading">
          <h2 id="results-heading" tabIndex={-1}>
            {heading}
          </h2>
          {outcome.total > 0 && <JumpToFilters ctx={ctx} />}
          <ActiveFilters ctx={ctx} action={action} q={params.q} filters={params.filters} />
          {outcome.total === 0 && <NoResults ctx={ctx} params={params} suggestion={suggestion} />}
          {outcome.partial && outcome.total > 0 && <PartialNotice ctx={ctx} />}
          {outcome.results.length > 0 && (
          <ol class="result-list" role="list">
            {outcome.results.map((r) => (
              <li class="result">
                <h3 class="result__title">
                  <a href={entryPath(lang, r.type, r.slug)}>{titleIn(r, lang)}</a>
                </h3>
                <p class="badges">
                  <TypeBadge value={r.type} lang={lang} />
                </p>
                <p class="result__summary" lang={contentIsForeign(lang) ? CONTENT_LANG : undefined}>
                  {r.summary}
                </p>
                {r.snippet && (
                  <p class="result__snippet" lang="nl">
                    <TrustedInlineHtml html={`… ${r.snippet}`} />
                  </p>
                )}
              </li>
            ))}
          </ol>
          )}
          <Pagination ctx={ctx} total={outcome.total} params={params} action={action} />
        </section>
        <FacetForm ctx={ctx} action={action} q={params.q} shown={facetNames} filters={params.filters} counts={outcome.facets} />
      </div>
    </Layout>
  )
}
