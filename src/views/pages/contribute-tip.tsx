import { pathsOf } from '../../paths.ts'
import { Breadcrumbs } from '../components/breadcrumbs.tsx'
import { Layout } from '../components/layout.tsx'
import type { ViewContext } from '../context.ts'
import { TipView, type TipProps } from '../contribute/tip-view.tsx'

/** /bijdragen/tip: the short way to contribute, five questions, no account and no JavaScript needed. */
export function ContributeTipPage({ ctx, props, errorTitlePrefix }: { ctx: ViewContext; props: TipProps; errorTitlePrefix: string }) {
  const { t, lang } = ctx
  const title = props.m.tip.title
  return (
    <Layout ctx={ctx} title={props.errors.length ? `${errorTitlePrefix}${title}` : title} description={props.m.tip.lead}>
      <Breadcrumbs
        ctx={ctx}
        items={[
          { href: pathsOf(lang).home, label: t.home },
          { href: pathsOf(lang).contribute, label: t.nav.contribute },
        ]}
      />
      <h1>{title}</h1>
      <p class="lead">{props.m.tip.lead}</p>
      <TipView {...props} />
    </Layout>
  )
}
