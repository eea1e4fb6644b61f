/**
 * The result of a scan: "Geen juridisch advies" beside it, the situation, the rules by status,
 * the room, similar cases, open questions, signals, and the justification note to take along.
 */
import { kindLabel } from '../../content/kinds.ts'
import type { EntrySummaryOf } from '../../db/entries.repository.ts'
import type { Scan } from '../../scan/evaluate.ts'
import type { ScanResultView } from '../../services/scan-result.ts'
import { pathsOf } from '../../paths.ts'
import { Breadcrumbs } from '../components/breadcrumbs.tsx'
import { displayTitle } from '../components/entry-card.tsx'
import { Layout } from '../components/layout.tsx'
import type { ViewContext } from '../context.ts'
import { CaseItem, RuleItem, SignalItem, WorkaroundItem } from '../scan/result-parts.tsx'
import { scanPath } from '../scan/scan-url.ts'

export interface ScanResultProps {
  ctx: ViewContext
  entry: EntrySummaryOf<'scan'>
  scan: Scan
  result: ScanResultView
  /** The answers as a query string, for the links to the check page and the note. */
  query: string
  /** Which forms of the justification note this platform offers. */
  notes: { page: boolean; docx: boolean }
}

export function ScanResultPage({ ctx, entry, scan, result, query, notes }: ScanResultProps) {
  const { lang } = ctx
  const t = ctx.t.scan
  const title = `${t.resultTitle}: ${displayTitle(entry, ctx)}`
  const section = (id: string, heading: string, children: preact.ComponentChildren) => (
    <section aria-labelledby={id} class="scan-section">
      <h2 id={id}>{heading}</h2>
      {children}
    </section>
  )
  return (
    <Layout ctx={ctx} title={title}>
      <Breadcrumbs
        ctx={ctx}
        items={[
          { href: pathsOf(lang).home, label: ctx.t.home },
          { href: pathsOf(lang).scan, label: kindLabel('scan', lang) },
          { href: scanPath(lang, entry.slug), label: displayTitle(entry, ctx) },
        ]}
      />
      <h1 tabIndex={-1}>{title}</h1>
      <div class="scan-result__top">
        <p class="lead" lang="nl">
          {scan.meta.result.intro}
        </p>
        <aside class="notice notice--warning scan-advice" aria-labelledby="advice-heading">
          <h2 class="notice__heading" id="advice-heading">
            {t.notLegalAdvice}
          </h2>
          <p lang="nl">{scan.meta.result.disclaimer}</p>
        </aside>
      </div>
      <details class="scan-situation">
        <summary>{t.yourSituation}</summary>
        <dl class="summary-list">
          {result.situation.map((s) => (
            <div class="summary-list__row">
              <dt lang="nl">{s.questionText}</dt>
              <dd lang="nl">{s.optionLabel}</dd>
            </div>
          ))}
        </dl>
        <p>
          <a href={scanPath(lang, entry.slug, 'check', query)}>{t.changeAnswers}</a>
        </p>
      </details>
      {section(
        'rules-heading',
        t.rulesHeading,
        result.rules.length ? (
          <ol class="scan-items" role="list">
            {result.rules.map((r) => (
              <RuleItem ctx={ctx} rule={r} />
            ))}
          </ol>
        ) : (
          <p>{t.noRules}</p>
        ),
      )}
      {section(
        'room-heading',
        t.roomHeading,
        result.workarounds.length ? (
          <ul class="scan-items" role="list">
            {result.workarounds.map((w) => (
              <WorkaroundItem ctx={ctx} workaround={w} />
            ))}
          </ul>
        ) : (
          <p>{t.noRoom}</p>
        ),
      )}
      {section(
        'cases-heading',
        t.casesHeading,
        result.cases.length ? (
          <ul class="scan-items" role="list">
            {result.cases.map((c) => (
              <CaseItem ctx={ctx} entry={c} />
            ))}
          </ul>
        ) : (
          <p>{t.noCases}</p>
        ),
      )}
      {result.openQuestions.length > 0 &&
        section(
          'open-heading',
          t.openHeading,
          <>
            <p>{t.openIntro}</p>
            <ul lang="nl">
              {result.openQuestions.map((q) => (
                <li>{q.text}</li>
              ))}
            </ul>
          </>,
        )}
      {result.signals.length > 0 &&
        section(
          'signals-heading',
          t.signalsHeading,
          <ul class="scan-items" role="list">
            {result.signals.map((s) => (
              <SignalItem ctx={ctx} signal={s} />
            ))}
          </ul>,
        )}
      {result.parameters.length > 0 &&
        section(
          'parameters-heading',
          t.parametersHeading,
          <ul lang="nl">
            {result.parameters.map((p) => (
              <li>
                {p.key}: {p.value}
                {p.valid_until && <> ({t.validUntil(p.valid_until)})</>}
              </li>
            ))}
          </ul>,
        )}
      {notes.page &&
        section(
        'note-heading',
        t.noteHeading,
        <>
          <p>{t.noteIntro}</p>
          <ul class="link-list scan-note-links">
            {notes.docx && (
              <li>
                <a href={scanPath(lang, entry.slug, 'note', query, '.docx')} download>
                  {t.noteDocx}
                </a>
              </li>
            )}
            <li>
              <a href={scanPath(lang, entry.slug, 'note', query, '.md')} download>
                {t.noteMarkdown}
              </a>
            </li>
            <li>
              <a href={scanPath(lang, entry.slug, 'note', query)}>{t.notePrint}</a>
            </li>
          </ul>
        </>,
      )}
      <p class="scan-restart">
        <a href={scanPath(lang, entry.slug, 'check', query)}>{t.changeAnswers}</a>
        {' · '}
        <a href={scanPath(lang, entry.slug)}>{t.restart}</a>
      </p>
    </Layout>
  )
}
