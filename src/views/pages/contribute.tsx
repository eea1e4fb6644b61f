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
 * /bijdragen: the case form in steps, then the short guide from content/pages/bijdragen.md (what
 * to contribute, the house rules). The form is the contribute island: server-rendered here,
 * hydrated from the JSON beside it. Git and pull requests are in CONTRIBUTING.md, not here.
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
      <div id="contribute" data-island="contribute">
        <ContributeView {...props} />
      </div>
      {page && props.step === 1 && !props.result && <TrustedHtml class="prose contribute-guide" html={page.bodyHtml} lang="nl" />}
      <script type="application/json" id="contribute-props" dangerouslySetInnerHTML={{ __html: serializeProps(props) }} />
    </Layout>
  )
}
