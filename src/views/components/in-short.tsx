/**
 * "In het kort": the answer first. Under the title of a rule, the summary (the answer in two
 * sentences) and the best ways through, the most certain first, each with its certainty.
 */
import { titleLang } from '../../i18n/content-text.ts'
import { certainties } from '../../content/taxonomy.ts'
import type { EntrySummaryOf } from '../../db/entries.repository.ts'
import { entryPath } from '../../paths.ts'
import type { ViewContext } from '../context.ts'
import { CertaintyBadge } from './badges.tsx'
import { displaySummary, displayTitle } from './entry-card.tsx'

/** How many ways through the summary box shows; the rest are in the page's own section. */
export const IN_SHORT_WAYS = 3

/** Workarounds ordered by certainty (tested in court first), keeping the author's order within one level. */
export function byCertainty<W extends EntrySummaryOf<'workaround'>>(workarounds: readonly W[]): W[] {
  const rank = (w: W) => certainties.keys.indexOf(w.meta.certainty)
  return workarounds.map((w, i) => [w, i] as const).sort(([a, i], [b, j]) => rank(a) - rank(b) || i - j).map(([w]) => w)
}

interface InShortProps {
  ctx: ViewContext
  entry: { summary: string; summaryEn: string | null }
  ways: readonly EntrySummaryOf<'workaround'>[]
  /** Where the full list of ways through is on the page. */
  allHref: string
}

export function InShort({ ctx, entry, ways, allHref }: InShortProps) {
  const { t, lang } = ctx
  const summary = displaySummary(entry, ctx)
  const best = byCertainty(ways).slice(0, IN_SHORT_WAYS)
  return (
    <section class="in-short" aria-labelledby="in-short-heading">
      <h2 id="in-short-heading" class="in-short__heading">
        {t.inShort}
      </h2>
      <p class="in-short__answer" lang={summary.lang}>
        {summary.text}
      </p>
      {best.length > 0 && (
        <>
          <h3 class="in-short__ways-heading">{t.bestWays(best.length)}</h3>
          <ol class="in-short__ways">
            {best.map((w) => (
              <li>
                <a href={entryPath(lang, 'workaround', w.slug)} lang={titleLang(w, lang)}>
                  {displayTitle(w, ctx)}
                </a>{' '}
                <CertaintyBadge value={w.meta.certainty} lang={lang} />
              </li>
            ))}
          </ol>
          {ways.length > best.length && (
            <p class="in-short__more">
              <a href={allHref}>{t.allWays(ways.length)}</a>
            </p>
          )}
        </>
      )}
    </section>
  )
}
