/** /volgen, /en/follow: the Atom feeds there are, and how to follow Tussenruimte with them. */
import { allFeeds, feedPath, feedTitle } from '../../feeds/feed-paths.ts'
import { pathsOf } from '../../paths.ts'
import { absolute } from '../../site/public-url.ts'
import { Breadcrumbs } from '../components/breadcrumbs.tsx'
import { Layout } from '../components/layout.tsx'
import type { ViewContext } from '../context.ts'
import { openMessages } from '../open-messages.ts'

export function FollowPage({ ctx }: { ctx: ViewContext }) {
  const { t, lang } = ctx
  const m = openMessages(lang)
  const feeds = allFeeds()
  const groups = [
    { heading: m.feedsAll, scopes: feeds.filter((s) => !s.kind && !s.domain) },
    { heading: m.feedsByKind, scopes: feeds.filter((s) => s.kind) },
    { heading: m.feedsByDomain, scopes: feeds.filter((s) => s.domain) },
  ]
  return (
    <Layout ctx={{ ...ctx, head: { feeds: feeds.map((s) => ({ title: feedTitle(s, lang), href: feedPath(s) })) } }} title={m.followTitle} description={m.followIntro}>
      <Breadcrumbs ctx={ctx} items={[{ href: pathsOf(lang).home, label: t.home }]} />
      <article class="entry entry--page">
        <h1>{m.followTitle}</h1>
        <p>{m.followIntro}</p>
        <p>{m.followHow}</p>
        {groups.map((group, i) => (
          <section aria-labelledby={`feeds-${i}`}>
            <h2 id={`feeds-${i}`}>{group.heading}</h2>
            <ul class="feed-list">
              {group.scopes.map((scope) => (
                <li>
                  <a href={feedPath(scope)} type="application/atom+xml">
                    {feedTitle(scope, lang)}
                  </a>{' '}
                  <code>{absolute(ctx.origin, feedPath(scope))}</code>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </article>
    </Layout>
  )
}
