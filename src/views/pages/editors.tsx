/**
 * Redactie / Editors: which entries are due for review, and what the watch on the sources last
 * reported. The watch never changes content; this page only tells editors where to look.
 */
import { titleIn } from '../../i18n/content-text.ts'
import { pick } from '../../i18n/languages.ts'
import { kindLabel } from '../../content/kinds.ts'
import type { ReviewDates } from '../../db/review.repository.ts'
import { entryPath, pathsOf } from '../../paths.ts'
import type { ReviewStatus, WatchReport } from '../../watch/report.ts'
import { Breadcrumbs } from '../components/breadcrumbs.tsx'
import { Layout } from '../components/layout.tsx'
import type { ViewContext } from '../context.ts'

export interface EditorsData {
  entries: (ReviewDates & { review: ReviewStatus; signals: number })[]
  report?: WatchReport
}

const text = {
  nl: {
    title: 'Redactie',
    lead: 'Voor redacteuren: wat de bronnenwacht bij de bronnen zag veranderen, en welke items opnieuw gecontroleerd moeten worden. De wacht past zelf nooit iets aan.',
    signals: 'Signalen van de bronnenwacht',
    noReport: 'Er is geen rapport van de bronnenwacht beschikbaar. De wacht draait wekelijks (npm run watch:sources); de build neemt het laatste rapport mee.',
    reportOf: (date: string, since?: string) => `Rapport van ${date}${since ? `, over wijzigingen sinds ${since}` : ''}.`,
    noSignals: 'Geen open signalen.',
    view: 'bekijken',
    notChecked: (n: number) => `${n} ${n === 1 ? 'bron kon' : 'bronnen konden'} deze keer niet worden gecontroleerd; dat is geen wijziging.`,
    byDate: 'Op controledatum',
    caption: 'Items op volgorde van de datum waarop ze opnieuw gecontroleerd moeten worden',
    columns: ['Item', 'Soort', 'Laatst gecontroleerd', 'Controle vóór', 'Stand', 'Signalen'],
    states: { overdue: 'verlopen', 'due-soon': 'binnenkort', ok: 'op tijd' },
  },
  en: {
    title: 'Editors',
    lead: 'For editors: what the watch on the sources saw change, and which entries are due for review. The watch never changes anything itself.',
    signals: 'Signals from the source watch',
    noReport: 'No report of the source watch is available. The watch runs weekly (npm run watch:sources); the build takes the latest report along.',
    reportOf: (date: string, since?: string) => `Report of ${date}${since ? `, on changes since ${since}` : ''}.`,
    noSignals: 'No open signals.',
    view: 'view',
    notChecked: (n: number) => `${n} ${n === 1 ? 'source' : 'sources'} could not be checked this time; that is not a change.`,
    byDate: 'By review date',
    caption: 'Entries in the order in which they are due for review',
    columns: ['Entry', 'Kind', 'Last reviewed', 'Review before', 'State', 'Signals'],
    states: { overdue: 'overdue', 'due-soon': 'due soon', ok: 'on time' },
  },
} as const

export function EditorsPage({ ctx, data }: { ctx: ViewContext; data: EditorsData }) {
  const { lang } = ctx
  const m = pick<(typeof text)[keyof typeof text]>(text, lang)
  const titleOf = (e: { title: string; titleEn: string | null }) => titleIn(e, lang)
  const bySlug = new Map(data.entries.map((e) => [e.slug, e]))
  const withSignals = data.report?.entries.filter((e) => e.signals.length) ?? []
  return (
    <Layout ctx={ctx} title={m.title} description={m.lead}>
      <Breadcrumbs ctx={ctx} items={[{ href: pathsOf(lang).home, label: ctx.t.home }]} />
      <h1>{m.title}</h1>
      <p class="lead">{m.lead}</p>

      <h2>{m.signals}</h2>
      {!data.report ? (
        <p>{m.noReport}</p>
      ) : (
        <>
          <p>{m.reportOf(data.report.generatedAt.slice(0, 10), data.report.since?.slice(0, 10))}</p>
          {withSignals.length === 0 && <p>{m.noSignals}</p>}
          {withSignals.map((entry) => {
            const known = bySlug.get(entry.slug)
            return (
              <section aria-labelledby={`signals-${entry.slug}`}>
                <h3 id={`signals-${entry.slug}`}>{known ? <a href={entryPath(lang, known.type, known.slug)}>{titleOf(known)}</a> : entry.title}</h3>
                <ul>
                  {entry.signals.map((s) => (
                    <li>
                      <span lang="nl">{s.message}</span> <a href={s.url}>{m.view}</a>
                    </li>
                  ))}
                </ul>
              </section>
            )
          })}
          {data.report.unavailable.length > 0 && <p>{m.notChecked(data.report.unavailable.length)}</p>}
        </>
      )}

      <h2>{m.byDate}</h2>
      <div class="friction-table-wrap" tabIndex={0} role="region" aria-labelledby="review-caption">
        <table class="friction-table">
          <caption id="review-caption">{m.caption}</caption>
          <thead>
            <tr>
              {m.columns.map((c) => (
                <th scope="col">{c}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.entries.map((e) => (
              <tr>
                <th scope="row">
                  <a href={entryPath(lang, e.type, e.slug)}>{titleOf(e)}</a>
                </th>
                <td>{kindLabel(e.type, lang, 'one').toLowerCase()}</td>
                <td>{e.lastReviewed}</td>
                <td>{e.review.dueOn}</td>
                <td>{m.states[e.review.state]}</td>
                <td>{e.signals}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Layout>
  )
}
