/**
 * Where the Atom feeds live and what they are called: one of everything, one per listed kind
 * (named by its API segment) and one per domain. Pure: views, routes and the sitemap share it.
 */
import { feedMessages } from './feed-messages.ts'
import { kindLabel, listedKinds, listingOf, type ListedKind } from '../content/kinds.ts'
import { domains, labelOf, type Lang } from '../content/taxonomy.ts'
import { pathsOf } from '../paths.ts'

export interface FeedScope {
  kind?: ListedKind
  domain?: string
}

export const FEED_ALL = '/feeds/all.atom'
export const kindFeedPath = (kind: ListedKind) => `/feeds/${listingOf(kind).api}.atom`
export const domainFeedPath = (domain: string) => `/feeds/domains/${domain}.atom`

export function feedPath(scope: FeedScope): string {
  if (scope.kind) return kindFeedPath(scope.kind)
  if (scope.domain) return domainFeedPath(scope.domain)
  return FEED_ALL
}

export function feedTitle(scope: FeedScope, lang: Lang): string {
  const m = feedMessages(lang)
  const what = scope.kind
    ? kindLabel(scope.kind, lang)
    : scope.domain
      ? `${m.domain} ${labelOf(domains, scope.domain, lang).toLowerCase()}`
      : m.everything
  return `Tussenruimte — ${what}: ${m.newAndChanged}`
}

/** Every feed there is, in the order the follow page lists them. */
export function allFeeds(): FeedScope[] {
  return [{}, ...listedKinds.map((kind) => ({ kind })), ...domains.keys.map((domain) => ({ domain }))]
}

/** The scope a feed path names, or undefined for a path that is no feed. */
export function scopeOfFeed(name: string): FeedScope | undefined {
  return allFeeds().find((scope) => feedPath(scope) === name)
}

/**
 * The feeds that belong to a page besides the feed of everything: a kind's list page and its
 * entries offer the kind's feed, a list filtered on domains each domain's feed.
 */
export function feedsForPage(lang: Lang, pathname: string, search: string): FeedScope[] {
  const kind = listedKinds.find((k) => pathname === pathsOf(lang)[k] || pathname.startsWith(`${pathsOf(lang)[k]}/`))
  if (!kind) return []
  const chosen = new URLSearchParams(search).getAll('domain').filter((d) => (domains.keys as readonly string[]).includes(d))
  return [{ kind }, ...chosen.map((domain) => ({ domain }))]
}
