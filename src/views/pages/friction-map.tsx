import { pageMessages } from '../page-messages.ts'
import { titleIn } from '../../i18n/content-text.ts'
import { domains, labelOf } from '../../content/taxonomy.ts'
import { entryPath, pathsOf } from '../../paths.ts'
import { Breadcrumbs } from '../components/breadcrumbs.tsx'
import { Layout } from '../components/layout.tsx'
import type { ViewContext } from '../context.ts'

export interface FrictionMapData {
  rules: { slug: string; title: string; titleEn: string | null }[]
  /** Number of cases per rule slug and domain key. */
  counts: Record<string, Record<string, number>>
  /** Number of distinct cases per rule slug (a case can sit in several domains). */
  totals: Record<string, number>
}

/**
 * Rules × domains: an accessible table (the data) and a heat view of the same numbers.
 * The heat view repeats the numbers inside the cells, so no one needs colour to read it.
 */
export function FrictionMapPage({ ctx, data }: { ctx: ViewContext; data: FrictionMapData }) {
  const { t, lang } = ctx
  const shownDomains = domains.keys.filter((d) => data.rules.some((r) => (data.counts[r.slug]?.[d] ?? 0) > 0))
  const max = Math.max(1, ...data.rules.flatMap((r) => shownDomains.map((d) => data.counts[r.slug]?.[d] ?? 0)))
  const title = (r: FrictionMapData['rules'][number]) => titleIn(r, lang)
  const cellHref = (rule: string, domain: string) => `${pathsOf(lang).case}?rule=${encodeURIComponent(rule)}&domain=${encodeURIComponent(domain)}`
  const level = (n: number) => (n === 0 ? 0 : Math.min(4, Math.ceil((n / max) * 4)))
  return (
    <Layout ctx={ctx} title={t.mapTitle} description={t.mapIntro}>
      <Breadcrumbs ctx={ctx} items={[{ href: pathsOf(lang).home, label: t.home }]} />
      <h1>{t.mapTitle}</h1>
      <p class="lead">{t.mapIntro}</p>
      <div class="friction-table-wrap" tabIndex={0} role="region" aria-labelledby="friction-caption">
        <table class="friction-table">
          <caption id="friction-caption">{t.mapTableCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.mapRuleColumn}</th>
              {shownDomains.map((d) => (
                <th scope="col">
                  <span class="friction-table__domain">{labelOf(domains, d, lang)}</span>
                </th>
              ))}
              <th scope="col">{t.mapTotal}</th>
            </tr>
          </thead>
          <tbody>
            {data.rules.map((rule) => (
              <tr>
                <th scope="row">
                  <a href={entryPath(lang, 'rule', rule.slug)}>{title(rule)}</a>
                </th>
                {shownDomains.map((d) => {
                  const n = data.counts[rule.slug]?.[d] ?? 0
                  return (
                    <td class={`heat heat--${level(n)}`}>
                      {n > 0 ? (
                        <a href={cellHref(rule.slug, d)} aria-label={t.mapCell(n, title(rule), labelOf(domains, d, lang))}>
                          {n}
                        </a>
                      ) : (
                        <span class="heat__zero">0</span>
                      )}
                    </td>
                  )
                })}
                <td class="friction-table__total">{data.totals[rule.slug] ?? 0}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="friction-legend">
        {pageMessages(lang).frictionLegend}
      </p>
    </Layout>
  )
}
