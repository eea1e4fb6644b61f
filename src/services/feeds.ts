/**
 * The Atom feeds: the newest changes of entries (from the repository history the build stored),
 * of everything, one kind or one domain. Without history each entry is one item, dated by its review.
 */
import { kindLabel, listedKinds } from '../content/kinds.ts'
import { domains, labelOf } from '../content/taxonomy.ts'
import { createChangesRepository } from '../db/changes.repository.ts'
import { createEntriesRepository } from '../db/entries.repository.ts'
import type { Deps } from '../env.ts'
import { feedPath, feedTitle, type FeedScope } from '../feeds/feed-paths.ts'
import type { AtomEntry, AtomFeed } from '../feeds/atom.ts'
import { entryPath, pathsOf } from '../paths.ts'
import { absolute } from '../site/public-url.ts'
import { commitUrl } from '../site/repository.ts'

export const FEED_LIMIT = 50

export async function buildFeed(deps: Deps, scope: FeedScope, origin: string): Promise<AtomFeed> {
  const changes = await createChangesRepository(deps.db).recentChanges(listedKinds, scope, FEED_LIMIT)
  const entries = createEntriesRepository(deps.db)
  const category = (type: (typeof listedKinds)[number]) => [{ term: type, label: kindLabel(type, 'nl', 'one') }]
  let items: AtomEntry[] = changes.map((c) => {
    const page = absolute(origin, entryPath('nl', c.type, c.slug))
    return {
      id: `${page}#wijziging-${c.commit}`,
      title: `${kindLabel(c.type, 'nl', 'one')} ${c.added ? 'toegevoegd' : 'gewijzigd'}: ${c.title}`,
      updated: c.date,
      link: page,
      summary: c.added ? `Nieuw in Tussenruimte. ${c.message}` : `Wat er veranderde: ${c.message}`,
      content: c.summary,
      categories: category(c.type),
      related: commitUrl(deps.config.repositoryUrl, c.commit),
    }
  })
  if (!items.length) {
    // No history in this build: one item per entry, dated by its last review.
    const kinds = scope.kind ? [scope.kind] : listedKinds
    const all = (await Promise.all(kinds.map((k) => entries.listEntries(k, scope.domain ? { domain: [scope.domain] } : {})))).flat()
    items = all
      .sort((a, b) => b.lastReviewed.localeCompare(a.lastReviewed) || a.slug.localeCompare(b.slug))
      .slice(0, FEED_LIMIT)
      .map((e) => {
        const page = absolute(origin, entryPath('nl', e.type, e.slug))
        return {
          id: `${page}#gecontroleerd-${e.lastReviewed}`,
          title: `${kindLabel(e.type, 'nl', 'one')} gecontroleerd: ${e.title}`,
          updated: `${e.lastReviewed}T00:00:00Z`,
          link: page,
          summary: `Laatst gecontroleerd op ${e.lastReviewed}.`,
          content: e.summary,
          categories: category(e.type),
        }
      })
  }
  // An empty feed (a domain without entries yet) was last updated when anything was.
  const updated = items[0]?.updated ?? (scope.kind || scope.domain ? (await buildFeed(deps, {}, origin)).updated : '1970-01-01T00:00:00Z')
  const alternate = scope.kind ? pathsOf('nl')[scope.kind] : scope.domain ? `${pathsOf('nl').search}?domain=${encodeURIComponent(scope.domain)}` : pathsOf('nl').home
  const about = scope.kind ? kindLabel(scope.kind, 'nl').toLowerCase() : scope.domain ? `items in het domein ${labelOf(domains, scope.domain, 'nl').toLowerCase()}` : 'regels, oplossingen en casussen'
  return {
    id: absolute(origin, feedPath(scope)),
    title: feedTitle(scope, 'nl'),
    subtitle: `Nieuwe en gewijzigde ${about} in Tussenruimte, de open kennisbank over regels tussen overheid en burgerinitiatief.`,
    updated,
    self: absolute(origin, feedPath(scope)),
    alternate: absolute(origin, alternate),
    author: { name: 'Tussenruimte', uri: absolute(origin, '/') },
    rights: 'Inhoud onder CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/)',
    entries: items,
  }
}
