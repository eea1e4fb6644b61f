/** The head of an entry page: Open Graph type article, its JSON-LD and the feeds of its domains. */
import type { EntryDetail } from '../db/entries.repository.ts'
import { feedPath, feedTitle } from '../feeds/feed-paths.ts'
import { entryJsonLd } from '../site/json-ld.ts'
import type { ViewContext } from './context.ts'

export function withEntryHead(ctx: ViewContext, entry: EntryDetail): ViewContext {
  const feeds = (entry.facets.domain ?? []).map((domain) => ({ title: feedTitle({ domain }, ctx.lang), href: feedPath({ domain }) }))
  return { ...ctx, head: { ogType: 'article', jsonLd: entryJsonLd(entry, ctx.origin), feeds } }
}
