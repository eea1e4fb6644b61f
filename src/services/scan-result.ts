/**
 * A scan as the pages, the API and the note use it: compiled from its stored entry, and its
 * result joined with the entries it names (titles, a workaround's certainty and conditions, a
 * case's outcome, a rule's sources), with every trace item spelled out as question and answer.
 */
import type { EntriesRepository, EntryDetailOf, EntrySummaryOf, ReferenceView } from '../db/entries.repository.ts'
import { compileScan, evaluateScan, type Answers, type Scan, type ShownStatus, type TraceItem } from '../scan/evaluate.ts'
import type { Relevance, ScanMeta } from '../scan/schema.ts'
import type { Reference } from '../content/schema.ts'

/** One answer as people read it: the question and the chosen option, by text and by id. */
export interface TraceView {
  question: string
  questionText: string
  option: string
  optionLabel: string
}

export interface RuleView {
  slug: string
  title: string
  summary: string
  status: ShownStatus
  demands: string[]
  greyNote?: string
  openQuestions: string[]
  /** Sources the scan cites for this demand, then the rule entry's own sources. */
  scanReferences: Reference[]
  sources: ReferenceView[]
  trace: TraceView[]
}
export interface WorkaroundView {
  slug: string
  title: string
  summary: string
  relevance: Relevance
  warnings: string[]
  certainty: string
  conditions: string[]
  risks: string[]
  /** The rules (slugs) this workaround finds room in. */
  rules: string[]
  sources: ReferenceView[]
  trace: TraceView[]
}
export interface CaseView {
  slug: string
  title: string
  summary: string
  outcome: string
  place: string
  trace: TraceView[]
}
export interface SignalView {
  id: string
  text: string
  scan?: { slug: string; title: string }
  rule?: string
  trace: TraceView[]
}
export interface ScanResultView {
  rules: RuleView[]
  workarounds: WorkaroundView[]
  cases: CaseView[]
  openQuestions: { text: string; rules: string[] }[]
  signals: SignalView[]
  /** The situation: every answer the result rests on. */
  situation: TraceView[]
  parameters: { key: string; value: string; valid_until?: string }[]
}

type ScanEntry = EntryDetailOf<'scan'> | EntrySummaryOf<'scan'>

/** The runnable scan of a stored entry (the build stored the validated front matter). */
export function scanOf(entry: ScanEntry): Scan {
  const meta = {
    ...entry.meta,
    title: entry.title,
    title_en: entry.titleEn ?? entry.title,
    summary: entry.summary,
    summary_en: entry.summaryEn ?? entry.summary,
    last_reviewed: entry.lastReviewed,
  } as ScanMeta
  return compileScan(entry.slug, meta)
}

export function traceView(scan: Scan, items: readonly TraceItem[]): TraceView[] {
  return items.map(({ question, option }) => {
    const q = scan.questions.find((x) => x.id === question)
    return { question, questionText: q?.text ?? question, option, optionLabel: q?.options.find((o) => o.id === option)?.label ?? option }
  })
}

export async function scanResultView(entries: EntriesRepository, scan: Scan, answers: Answers): Promise<ScanResultView> {
  const result = evaluateScan(scan, answers)
  const slugs = [...result.rules.map((r) => r.slug), ...result.workarounds.map((w) => w.slug), ...result.cases.map((c) => c.slug), ...result.signals.flatMap((s) => (s.scan ? [s.scan] : []))]
  const [found, references] = await Promise.all([entries.findSummaries(slugs), entries.findReferences([...result.rules.map((r) => r.slug), ...result.workarounds.map((w) => w.slug)])])
  const of = <K extends 'rule' | 'workaround' | 'case' | 'scan'>(type: K, slug: string) => found.find((e): e is EntrySummaryOf<K> => e.type === type && e.slug === slug)
  const trace = (items: readonly TraceItem[]) => traceView(scan, items)

  return {
    rules: result.rules.map((r) => {
      const entry = of('rule', r.slug)
      return {
        slug: r.slug,
        title: entry?.title ?? r.slug,
        summary: entry?.summary ?? '',
        status: r.status,
        demands: r.demands,
        ...(r.grey_note ? { greyNote: r.grey_note } : {}),
        openQuestions: r.open_questions,
        scanReferences: r.references,
        sources: references.get(r.slug) ?? [],
        trace: trace(r.trace),
      }
    }),
    workarounds: result.workarounds.map((w) => {
      const entry = of('workaround', w.slug)
      return {
        slug: w.slug,
        title: entry?.title ?? w.slug,
        summary: entry?.summary ?? '',
        relevance: w.relevance,
        warnings: w.warnings,
        certainty: entry?.meta.certainty ?? '',
        conditions: entry?.meta.conditions ?? [],
        risks: entry?.meta.risks ?? [],
        rules: entry?.meta.rules ?? [],
        sources: references.get(w.slug) ?? [],
        trace: trace(w.trace),
      }
    }),
    cases: result.cases.map((c) => {
      const entry = of('case', c.slug)
      return { slug: c.slug, title: entry?.title ?? c.slug, summary: entry?.summary ?? '', outcome: entry?.meta.outcome ?? '', place: entry?.meta.place ?? '', trace: trace(c.trace) }
    }),
    openQuestions: result.open_questions,
    signals: result.signals.map((s) => {
      const other = s.scan ? of('scan', s.scan) : undefined
      return { id: s.id, text: s.text, ...(s.scan ? { scan: { slug: s.scan, title: other?.title ?? s.scan } } : {}), ...(s.rule ? { rule: s.rule } : {}), trace: trace(s.trace) }
    }),
    situation: trace(result.trace),
    parameters: result.parameters,
  }
}
