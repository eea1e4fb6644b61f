import { kindLabel } from '../../content/kinds.ts'
import { pick } from '../../i18n/languages.ts'
import { domains, labelOf } from '../../content/taxonomy.ts'
import { pathsOf } from '../../paths.ts'
import { toQueryString } from '../../search/params.ts'
import { Layout } from '../components/layout.tsx'
import { SearchForm } from '../components/search-form.tsx'
import type { ViewContext } from '../context.ts'
import { parentKind } from '../parents.ts'
import { audiences } from '../tasks.ts'

export interface HomeData {
  counts: { rule: number; workaround: number; case: number }
  /** Per domain, how many rules it has: the pills open the rule list for that domain. */
  domainCounts: Record<string, number>
}

export function HomePage({ ctx, data }: { ctx: ViewContext; data: HomeData }) {
  const { t, lang } = ctx
  return (
    <Layout ctx={ctx} title={t.siteName} description={t.homeIntro} headerSearch={false}>
      <div class="hero">
        <h1>{t.homeHeading}</h1>
        <p class="lead">{t.homeIntro}</p>
        <SearchForm ctx={ctx} large />
        <p class="hero__counts">{t.counts(data.counts.rule, data.counts.workaround, data.counts.case)}</p>
      </div>
      <section aria-labelledby="tasks-heading">
        <h2 id="tasks-heading">{t.homeTasks}</h2>
        <div class="audiences">
          {audiences.map((audience) => (
            <section class="audience" aria-labelledby={`audience-${audience.key}`}>
              <h3 id={`audience-${audience.key}`}>{pick(audience.heading, lang)}</h3>
              <p>{pick(audience.intro, lang)}</p>
              <ul class="tasks" role="list">
                {audience.tasks.map((task) => (
                  <li>
                    <a class="task" href={task.href(lang)} hrefLang={task.hrefLang?.(lang)}>
                      {pick(task.label, lang)}
                    </a>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      </section>
      <section aria-labelledby="domains-heading">
        <h2 id="domains-heading">{t.homeByDomain}</h2>
        <ul class="domain-list" role="list">
          {domains.keys
            .filter((d) => data.domainCounts[d])
            .map((d) => (
              <li>
                <a href={pathsOf(lang)[parentKind] + toQueryString({ filters: { domain: [d] } })}>
                  {labelOf(domains, d, lang)}{' '}
                  <span class="count">({t.kindCount(data.domainCounts[d]!, kindLabel(parentKind, lang, 'one'), kindLabel(parentKind, lang, 'many'))})</span>
                </a>
              </li>
            ))}
        </ul>
      </section>
    </Layout>
  )
}
