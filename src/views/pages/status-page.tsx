import { kindLabel } from '../../content/kinds.ts'
import { pathsOf } from '../../paths.ts'
import { Layout } from '../components/layout.tsx'
import { SearchForm } from '../components/search-form.tsx'
import type { ViewContext } from '../context.ts'

/** 404, 400 and 500 pages: say what happened and offer a way on. */
export function StatusPage({ ctx, title, text, problems = [] }: { ctx: ViewContext; title: string; text: string; problems?: string[] }) {
  const { t, lang } = ctx
  return (
    <Layout ctx={ctx} title={title} headerSearch={false}>
      <h1>{title}</h1>
      <p class="lead">{text}</p>
      {problems.length > 0 && (
        <ul class="problems">
          {problems.map((p) => (
            <li>{p}</li>
          ))}
        </ul>
      )}
      <SearchForm ctx={ctx} />
      <ul class="link-list">
        <li>
          <a href={pathsOf(lang).rule}>{kindLabel('rule', lang)}</a>
        </li>
        <li>
          <a href={pathsOf(lang).workaround}>{kindLabel('workaround', lang)}</a>
        </li>
        <li>
          <a href={pathsOf(lang).case}>{kindLabel('case', lang)}</a>
        </li>
        <li>
          <a href={pathsOf(lang).home}>{t.home}</a>
        </li>
      </ul>
    </Layout>
  )
}
