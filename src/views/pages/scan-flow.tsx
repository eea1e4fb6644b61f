/**
 * A question or the check page of a scan, inside the island's root: with JavaScript the island
 * takes over the same markup and goes on without page loads; without it, the forms and links
 * work as they are.
 */
import { languageOf, type BuiltinLang } from '../../i18n/languages.ts'
import type { Lang } from '../../content/taxonomy.ts'
import type { EntrySummaryOf } from '../../db/entries.repository.ts'
import type { Scan } from '../../scan/evaluate.ts'
import type { FlowStep } from '../../scan/flow.ts'
import type { ScanMeta } from '../../scan/schema.ts'
import { Breadcrumbs } from '../components/breadcrumbs.tsx'
import { displayTitle } from '../components/entry-card.tsx'
import { Layout } from '../components/layout.tsx'
import type { ViewContext } from '../context.ts'
import { CheckStep } from '../scan/check-step.tsx'
import { QuestionStep } from '../scan/question-step.tsx'
import { kindLabel } from '../../content/kinds.ts'
import { pathsOf } from '../../paths.ts'
import { scanPath } from '../scan/scan-url.ts'

/** What the island needs: the questions and derived names, not the decision tables. */
export interface ScanIslandData {
  /** The built-in language whose step names and text the island uses (the base of a registered language). */
  lang: BuiltinLang
  slug: string
  /** Path of the scan's start page. */
  base: string
  meta: ScanMeta
}

export function islandData(scan: Scan, lang: Lang): ScanIslandData {
  return { lang: languageOf(lang).base, slug: scan.slug, base: scanPath(lang, scan.slug), meta: { ...scan.meta, rules: [], workarounds: [], cases: [], signals: [] } }
}

type Shown = Extract<FlowStep, { type: 'question' | 'check' }>

export function ScanFlowPage({ ctx, entry, scan, step }: { ctx: ViewContext; entry: EntrySummaryOf<'scan'>; scan: Scan; step: Shown }) {
  const { lang } = ctx
  const t = ctx.t.scan
  const title = step.type === 'check' ? t.checkTitle : `${t.questionOf(step.step)}: ${step.question.text}`
  // JSON in a data block is not executed, so the Content-Security-Policy allows it; "<" is escaped so it cannot end the element.
  const json = JSON.stringify(islandData(scan, lang)).replace(/</g, '\\u003c')
  return (
    <Layout ctx={ctx} title={`${title} — ${displayTitle(entry, ctx)}`} scripts={['search', 'scan']}>
      <Breadcrumbs
        ctx={ctx}
        items={[
          { href: pathsOf(lang).home, label: ctx.t.home },
          { href: pathsOf(lang).scan, label: kindLabel('scan', lang) },
          { href: scanPath(lang, entry.slug), label: displayTitle(entry, ctx) },
        ]}
      />
      <div id="scan-flow" data-scan-island>
        {step.type === 'check' ? (
          <CheckStep t={t} lang={lang} base={scanPath(lang, entry.slug)} scan={scan} answers={step.answers} />
        ) : (
          <QuestionStep t={t} lang={lang} base={scanPath(lang, entry.slug)} scan={scan} question={step.question} step={step.step} answers={step.answers} error={step.error} />
        )}
      </div>
      <script type="application/json" id="scan-data" dangerouslySetInnerHTML={{ __html: json }} />
    </Layout>
  )
}
