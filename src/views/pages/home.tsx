import { domains, labelOf } from '../../content/taxonomy.ts'
import { paths } from '../../paths.ts'
import { toQueryString } from '../../search/params.ts'
import { Layout } from '../components/layout.tsx'
import { SearchForm } from '../components/search-form.tsx'
import type { ViewContext } from '../context.ts'
import { tasks } from '../tasks.ts'

export interface HomeData {
  counts: { rule: number; workaround: number; case: number }
  domainCounts: Record<string, number>
}

export function HomePage({ ctx, data }: { ctx: ViewContext; data: HomeData }) {
  const { t, lang } = ctx
  return (
    <Layout ctx={ctx} title={t.siteName} description={t.homeIntro} headerSearch={false}>
      <div class="hero">
        <h1>
          {t.siteName} <span class="hero__tagline">— {t.tagline}</span>
        </h1>
        <p class="lead">{t.homeIntro}</p>
        <SearchForm ctx={ctx} large />
        <p class="hero__counts">{t.counts(data.counts.rule, data.counts.workaround, data.counts.case)}</p>
      </div>
      <section aria-labelledby="tasks-heading">
        <h2 id="tasks-heading">{t.homeTasks}</h2>
        <ul class="tasks" role="list">
          {tasks.map((task) => (
            <li>
              <a class="task" href={paths[lang].search + toQueryString({ filters: task.filters })}>
                {task[lang]}
              </a>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="domains-heading">
        <h2 id="domains-heading">{t.homeByDomain}</h2>
        <ul class="domain-list" role="list">
          {domains.keys
            .filter((d) => data.domainCounts[d])
            .map((d) => (
              <li>
                <a href={paths[lang].search + toQueryString({ filters: { domain: [d] } })}>
                  {labelOf(domains, d, lang)} <span class="count">({data.domainCounts[d]})</span>
                </a>
              </li>
            ))}
        </ul>
      </section>
    </Layout>
  )
}
