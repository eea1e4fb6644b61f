/**
 * Turns a validated scan file into the form the evaluator runs: every condition parsed once,
 * every `{{parameter}}` in a user text replaced by its value. Pure; runs in the browser too.
 */
import { ConditionError, parseCondition, type Condition } from './conditions.ts'
import type { QuestionMeta, Relevance, RuleStatus, ScanMeta } from './schema.ts'
import type { Reference } from '../content/schema.ts'

export type CompiledQuestion = QuestionMeta & { showIf?: Condition }
export interface CompiledRow {
  cond: Condition
  status: RuleStatus
  demand?: string
  open_questions: string[]
  grey_note?: string
  references: Reference[]
}
export interface CompiledRule {
  slug: string
  cumulative: boolean
  rows: CompiledRow[]
  additions: Omit<CompiledRow, 'status'>[]
}
export interface Scan {
  slug: string
  meta: ScanMeta
  /** Markdown introduction, with parameters filled in. */
  body: string
  questions: CompiledQuestion[]
  derived: Map<string, Condition>
  rules: CompiledRule[]
  workarounds: { slug: string; rows: { cond: Condition; relevance: Relevance; warning?: string }[] }[]
  cases: { slug: string; cond: Condition }[]
  signals: { id: string; cond: Condition; text: string; scan?: string; rule?: string }[]
}

/** A condition in a scan that does not parse, with the front-matter path it sits at. */
export class ScanConditionError extends Error {
  constructor(
    readonly path: (string | number)[],
    readonly column: number,
    message: string,
  ) {
    super(message)
    this.name = 'ScanConditionError'
  }
}

/** Every condition text in a scan with its front-matter path, in file order. */
export function conditionsOf(meta: ScanMeta): { path: (string | number)[]; text: string }[] {
  const out: { path: (string | number)[]; text: string }[] = []
  meta.questions.forEach((q, i) => q.show_if !== undefined && out.push({ path: ['questions', i, 'show_if'], text: q.show_if }))
  for (const [name, text] of Object.entries(meta.derived ?? {})) out.push({ path: ['derived', name], text })
  meta.rules.forEach((r, i) => {
    r.rows.forEach((row, j) => out.push({ path: ['rules', i, 'rows', j, 'when'], text: row.when }))
    r.additions?.forEach((a, j) => out.push({ path: ['rules', i, 'additions', j, 'when'], text: a.when }))
  })
  meta.workarounds.forEach((w, i) => w.rows.forEach((row, j) => out.push({ path: ['workarounds', i, 'rows', j, 'when'], text: row.when })))
  meta.cases.forEach((c, i) => out.push({ path: ['cases', i, 'when'], text: c.when }))
  meta.signals.forEach((s, i) => out.push({ path: ['signals', i, 'when'], text: s.when }))
  return out
}

export const PARAMETER = /\{\{\s*([a-z0-9-]+)\s*\}\}/g

/** Compiles a scan; throws a ScanConditionError at the first condition that does not parse. */
export function compileScan(slug: string, meta: ScanMeta, body = ''): Scan {
  const parsed = new Map<string, Condition>()
  for (const { path, text } of conditionsOf(meta)) {
    try {
      parsed.set(path.join('.'), parseCondition(text))
    } catch (e) {
      if (e instanceof ConditionError) throw new ScanConditionError(path, e.column, e.message)
      throw e
    }
  }
  const cond = (...path: (string | number)[]) => parsed.get(path.join('.'))!
  const values = new Map((meta.parameters ?? []).map((p) => [p.key, p.value]))
  const fill = (text: string) => text.replace(PARAMETER, (whole, key: string) => values.get(key) ?? whole)
  const fillOpt = (text: string | undefined) => (text === undefined ? undefined : fill(text))
  const row = (r: { demand?: string; open_questions?: string[]; grey_note?: string; references?: Reference[] }) => ({
    demand: fillOpt(r.demand),
    open_questions: (r.open_questions ?? []).map(fill),
    grey_note: fillOpt(r.grey_note),
    references: r.references ?? [],
  })
  return {
    slug,
    meta: { ...meta, result: { intro: fill(meta.result.intro), disclaimer: fill(meta.result.disclaimer) } },
    body: fill(body),
    questions: meta.questions.map((q, i) => ({
      ...q,
      text: fill(q.text),
      help: fillOpt(q.help),
      options: q.options.map((o) => ({ ...o, label: fill(o.label) })),
      showIf: q.show_if === undefined ? undefined : cond('questions', i, 'show_if'),
    })),
    derived: new Map(Object.keys(meta.derived ?? {}).map((name) => [name, cond('derived', name)])),
    rules: meta.rules.map((r, i) => ({
      slug: r.slug,
      cumulative: r.cumulative ?? false,
      rows: r.rows.map((x, j) => ({ ...row(x), cond: cond('rules', i, 'rows', j, 'when'), status: x.status })),
      additions: (r.additions ?? []).map((x, j) => ({ ...row(x), cond: cond('rules', i, 'additions', j, 'when') })),
    })),
    workarounds: meta.workarounds.map((w, i) => ({
      slug: w.slug,
      rows: w.rows.map((x, j) => ({ cond: cond('workarounds', i, 'rows', j, 'when'), relevance: x.relevance, warning: fillOpt(x.warning) })),
    })),
    cases: meta.cases.map((c, i) => ({ slug: c.slug, cond: cond('cases', i, 'when') })),
    signals: meta.signals.map((s, i) => ({ id: s.id, cond: cond('signals', i, 'when'), text: fill(s.text), scan: s.scan, rule: s.rule })),
  }
}
