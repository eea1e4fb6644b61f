import { contentIsForeign, hasOwnTitle, titleIn } from '../../i18n/content-text.ts'
import type { Page } from '../../db/entries.repository.ts'
import { pathsOf } from '../../paths.ts'
import { Breadcrumbs } from '../components/breadcrumbs.tsx'
import { Layout } from '../components/layout.tsx'
import { TrustedHtml } from '../components/markdown-html.tsx'
import type { ViewContext } from '../context.ts'
import { ContributeView } from '../contribute/form-view.tsx'
import { serializeProps, type ContributeProps } from '../contribute/props.ts'

/**
 * /bijdragen: the contribution guide from content/pages/bijdragen.md, then the case form.
 * The form is the contribute island: server-rendered here, hydrated from the JSON beside it.
 */
export function ContributePage({ ctx, page, props }: { ctx: ViewContext; page?: Page; props: ContributeProps }) {
  const { t, lang } = ctx
  const ct = props.t
  const title = page && hasOwnTitle(page, lang) ? titleIn(page, lang) : ct.title
  return (
    <Layout ctx={ctx} title={props.errors.length ? `${ct.errors.titlePrefix}${title}` : title} description={page?.summary} scripts={['search', 'contribute']}>
      <Breadcrumbs ctx={ctx} items={[{ href: pathsOf(lang).home, label: t.home }]} />
      <h1>{title}</h1>
      <p class="lead">{ct.lead}</p>
      {contentIsForeign(lang) && ct.contentIsDutch && (
        <p class="notice notice--info" role="note">
          {ct.contentIsDutch}
        </p>
      )}
      {page && <TrustedHtml class="prose contribute-guide" html={page.bodyHtml} lang="nl" />}
      <div id="contribute" data-island="contribute">
        <ContributeView {...props} />
      </div>
      <script type="application/json" id="contribute-props" dangerouslySetInnerHTML={{ __html: serializeProps(props) }} />
    </Layout>
  )
}
