/**
 * What the search page says when the words did not all match: the notice above partial
 * results, and the help on a page without results ("Bedoelde u", a tip, the lists to browse).
 */
import { kindLabel, listedKinds } from '../../content/kinds.ts'
import { pathsOf } from '../../paths.ts'
import { toQueryString, type SearchParams } from '../../search/params.ts'
import type { ViewContext } from '../context.ts'

/** Above results that match only some of the words, so nobody reads them as a full answer. */
export function PartialNotice({ ctx }: { ctx: ViewContext }) {
  return <p class="notice search-partial">{ctx.t.searchPartial}</p>
}

/** A page without results: a close existing spelling, a tip, and every list to browse instead. */
export function NoResults({ ctx, params, suggestion }: { ctx: ViewContext; params: SearchParams; suggestion?: string }) {
  const { t, lang } = ctx
  const action = pathsOf(lang).search
  // Every listed kind, so a new one (the Regelscan) appears here without touching this page.
  const lists = listedKinds.map((kind, i) => (
    <>
      {i > 0 && ', '}
      <a href={pathsOf(lang)[kind]}>{kindLabel(kind, lang).toLowerCase()}</a>
    </>
  ))
  return (
    <div class="no-results">
      <p>{params.q ? t.noResults(params.q) : t.resultCount(0)}</p>
      {suggestion && (
        <p>
          {t.didYouMean}{' '}
          <a href={action + toQueryString({ q: suggestion, filters: params.filters })}>
            <strong>{suggestion}</strong>
          </a>
          ?
        </p>
      )}
      <ul class="search-tips">
        {[...t.searchTips, t.searchTip].map((tip) => (
          <li>{tip}</li>
        ))}
      </ul>
      <p>
        {t.browseInstead}: {lists}.
      </p>
    </div>
  )
}
