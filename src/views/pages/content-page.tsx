import { contentIsForeign, titleIn, titleLang } from '../../i18n/content-text.ts'
import type { Page } from '../../db/entries.repository.ts'
import { pathsOf } from '../../paths.ts'
import { Breadcrumbs } from '../components/breadcrumbs.tsx'
import { Layout } from '../components/layout.tsx'
import { TrustedHtml } from '../components/markdown-html.tsx'
import { ImproveLinks } from '../components/review-notice.tsx'
import type { ViewContext } from '../context.ts'
import { OwnerSection } from '../components/owner.tsx'

/** Pages that say who answers for the site; the about page also carries the editorial policy. */
const ownerPages: Record<string, boolean> = { over: true, toegankelijkheid: false }

export function ContentPage({ ctx, page }: { ctx: ViewContext; page: Page }) {
  const { t, lang } = ctx
  const title = titleIn(page, lang)
  return (
    <Layout ctx={ctx} title={title} description={page.summary}>
      <Breadcrumbs ctx={ctx} items={[{ href: pathsOf(lang).home, label: t.home }]} />
      <article class="entry entry--page">
        <h1 lang={titleLang(page, lang)}>{title}</h1>
        {contentIsForeign(lang) && t.contentIsDutch && (
          <p class="notice notice--info" role="note">
            {t.contentIsDutch}
          </p>
        )}
        <TrustedHtml class="prose" html={page.bodyHtml} lang="nl" />
        {ownerPages[page.slug] !== undefined && <OwnerSection ctx={ctx} withPolicy={ownerPages[page.slug]!} title={page.title} />}
        <ImproveLinks ctx={ctx} sourcePath={page.sourcePath} title={page.title} />
      </article>
    </Layout>
  )
}
