/**
 * What a page tells machines in its head: its canonical address and its other language (hreflang,
 * absolute as search engines require), a description, Open Graph tags for link previews, its
 * Atom feeds and, for entries, structured data (JSON-LD).
 */
import { feedPath, feedsForPage, feedTitle } from '../../feeds/feed-paths.ts'
import { languageOf, languages } from '../../i18n/languages.ts'
import { alternatePath } from '../../paths.ts'
import { scriptSafeJson } from '../../site/json-ld.ts'
import { absolute } from '../../site/public-url.ts'
import type { ViewContext } from '../context.ts'

export function HeadMeta({ ctx, title, description }: { ctx: ViewContext; title: string; description?: string }) {
  const { lang, origin, head } = ctx
  const canonical = absolute(origin, ctx.pathname)
  const alternates = languages.map((l) => ({ lang: l.htmlLang, href: absolute(origin, l.code === lang ? ctx.pathname : alternatePath(ctx.pathname, '', l.code)) }))
  const feeds = [
    { title: feedTitle({}, lang), href: feedPath({}) },
    ...feedsForPage(lang, ctx.pathname, ctx.search).map((scope) => ({ title: feedTitle(scope, lang), href: feedPath(scope) })),
    ...(head?.feeds ?? []),
  ].filter((feed, i, all) => all.findIndex((f) => f.href === feed.href) === i)
  return (
    <>
      {description && <meta name="description" content={description} />}
      <link rel="canonical" href={canonical} />
      {alternates.map((a) => (
        <link rel="alternate" hrefLang={a.lang} href={a.href} />
      ))}
      {/* The first language is the canonical one (Dutch, without a prefix). */}
      <link rel="alternate" hrefLang="x-default" href={alternates[0]!.href} />
      <meta property="og:type" content={head?.ogType ?? 'website'} />
      <meta property="og:site_name" content="Tussenruimte" />
      <meta property="og:title" content={title} />
      {description && <meta property="og:description" content={description} />}
      <meta property="og:url" content={canonical} />
      <meta property="og:locale" content={languageOf(lang).ogLocale} />
      {languages.filter((l) => l.code !== lang).map((l) => <meta property="og:locale:alternate" content={l.ogLocale} />)}
      <meta name="twitter:card" content="summary" />
      {feeds.map((feed) => (
        <link rel="alternate" type="application/atom+xml" title={feed.title} href={feed.href} />
      ))}
      {head?.jsonLd && <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: scriptSafeJson(head.jsonLd) }} />}
    </>
  )
}
