/**
 * The one evaluator of a scan, shared by the server pages, the browser island and the API:
 * which questions show, which comes next, how a query string becomes answers, and what the
 * answers lead to. Pure and synchronous; no Node imports.
 */
import { evaluateCondition, type ConditionContext, type Explained, type TraceItem } from './conditions.ts'
import type { CompiledQuestion, Scan } from './compile.ts'
import { DONT_KNOW } from './dont-know.ts'
import type { Relevance, RuleStatus } from './schema.ts'
import type { Reference } from '../content/schema.ts'

export { compileScan, type Scan, type CompiledQuestion } from './compile.ts'
export type { TraceItem } from './conditions.ts'

/** Answers by question id: one option id for a single question, a list for a multi question. */
export type Answers = Record<string, string | string[]>
export type ShownStatus = Exclude<RuleStatus, 'niet'>

export interface RuleResult {
  slug: string
  status: ShownStatus
  demands: string[]
  open_questions: string[]
  grey_note?: string
  references: Reference[]
  trace: TraceItem[]
}
export interface ScanResult {
  rules: RuleResult[]
  workarounds: { slug: string; relevance: Relevance; warnings: string[]; trace: TraceItem[] }[]
  cases: { slug: string; trace: TraceItem[] }[]
  open_questions: { text: string; rules: string[] }[]
  signals: { id: string; text: string; scan?: string; rule?: string; trace: TraceItem[] }[]
  /** Every answer the result rests on: the answered, visible questions. */
  trace: TraceItem[]
  parameters: { key: string; value: string; valid_until?: string }[]
}

/** Order in which statuses are listed: what applies first, what is already met last. */
export const STATUS_ORDER: Record<ShownStatus, number> = { geldt: 1, grijs: 2, mogelijk: 3, voldaan: 4 }

/** The answers to visible questions only, walking the questions in order. */
function visibleAnswers(scan: Scan, answers: Answers): { visible: CompiledQuestion[]; given: Map<string, string | string[]> } {
  const given = new Map<string, string | string[]>()
  const visible: CompiledQuestion[] = []
  const ctx = context(scan, given)
  for (const q of scan.questions) {
    if (q.showIf && !evaluateCondition(q.showIf, ctx).value) continue
    visible.push(q)
    const a = answers[q.id]
    if (a !== undefined && (typeof a === 'string' ? a !== '' : a.length > 0)) given.set(q.id, a)
  }
  return { visible, given }
}

function context(scan: Scan, given: Map<string, string | string[]>, statuses?: Map<string, { status: string; support: TraceItem[] }>): ConditionContext {
  const memo = new Map<string, Explained>()
  const ctx: ConditionContext = {
    answer: (q) => given.get(q) ?? null,
    derived: (name) => {
      let r = memo.get(name)
      if (!r) {
        const cond = scan.derived.get(name)
        r = cond ? evaluateCondition(cond, ctx) : { value: false, support: [] }
        memo.set(name, r)
      }
      return r
    },
    status: (slug) => statuses?.get(slug) ?? { status: 'niet', support: [] },
  }
  return ctx
}

/** The questions shown for these answers, in order. */
export function visibleQuestions(scan: Scan, answers: Answers): CompiledQuestion[] {
  return visibleAnswers(scan, answers).visible
}

export type Next = { done: false; question: CompiledQuestion; step: number } | { done: true; steps: number }

/** The flow: the first visible question without an answer, or done. `step` is 1-based. */
export function nextQuestion(scan: Scan, answers: Answers): Next {
  const { visible, given } = visibleAnswers(scan, answers)
  const index = visible.findIndex((q) => !given.has(q.id))
  return index === -1 ? { done: true, steps: visible.length } : { done: false, question: visible[index]!, step: index + 1 }
}

export interface AnswerProblem {
  question: string
  value?: string
  problem: string
  expected: string
}

/**
 * Reads answers from a query (`vorm=verhuren&project=dak-zon&project=delen`, or comma-separated).
 * Unknown questions and options, two answers to a single question and `weet-niet` next to
 * another answer are problems; keys in `ignore` (page parameters) are skipped.
 */
export function parseAnswers(
  scan: Scan,
  query: Record<string, string | string[] | undefined>,
  ignore: readonly string[] = [],
): { ok: true; answers: Answers } | { ok: false; problems: AnswerProblem[] } {
  const problems: AnswerProblem[] = []
  const answers: Answers = {}
  const byId = new Map(scan.questions.map((q) => [q.id, q]))
  for (const [key, raw] of Object.entries(query)) {
    if (raw === undefined || ignore.includes(key)) continue
    const q = byId.get(key)
    if (!q) {
      problems.push({ question: key, problem: `"${key}" is geen vraag van deze scan`, expected: `een van: ${[...byId.keys()].join(', ')}` })
      continue
    }
    const values = [...new Set((typeof raw === 'string' ? [raw] : raw).flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean))]
    if (!values.length) continue
    const options = q.options.map((o) => o.id)
    const wrong = values.filter((value) => !options.includes(value))
    for (const value of wrong) problems.push({ question: q.id, value, problem: `"${value}" is geen antwoord op vraag "${q.id}"`, expected: `een van: ${options.join(', ')}` })
    if (wrong.length) continue
    if (q.type === 'single') {
      if (values.length > 1) problems.push({ question: q.id, value: values.join(','), problem: `vraag "${q.id}" heeft één antwoord, niet ${values.length}`, expected: `één van: ${options.join(', ')}` })
      else answers[q.id] = values[0]!
    } else if (values.includes(DONT_KNOW) && values.length > 1) {
      problems.push({ question: q.id, value: values.join(','), problem: `"${DONT_KNOW}" kan niet samen met een ander antwoord`, expected: `"${DONT_KNOW}" alleen, of andere antwoorden zonder "${DONT_KNOW}"` })
    } else {
      answers[q.id] = values
    }
  }
  return problems.length ? { ok: false, problems } : { ok: true, answers }
}

/** A trace without duplicates, in question order. */
function tidy(scan: Scan, items: TraceItem[]): TraceItem[] {
  const order = new Map(scan.questions.map((q, i) => [q.id, i]))
  const seen = new Set<string>()
  return items
    .filter((t) => !seen.has(`${t.question}=${t.option}`) && seen.add(`${t.question}=${t.option}`))
    .sort((a, b) => (order.get(a.question) ?? 0) - (order.get(b.question) ?? 0))
}

/** Evaluates a scan: every rule that applies with its status and demands, the room, the cases. */
export function evaluateScan(scan: Scan, answers: Answers): ScanResult {
  const { given } = visibleAnswers(scan, answers)
  const statuses = new Map<string, { status: string; support: TraceItem[] }>()
  const ctx = context(scan, given, statuses)
  const rules: RuleResult[] = []
  for (const rule of scan.rules) {
    const matches = rule.rows.map((row) => ({ row, r: evaluateCondition(row.cond, ctx) })).filter((m) => m.r.value)
    const first = matches[0]
    if (!first || first.row.status === 'niet') {
      statuses.set(rule.slug, { status: 'niet', support: first?.r.support ?? [] })
      continue
    }
    const parts = [...(rule.cumulative ? matches.filter((m) => m.row.status !== 'niet') : [first])]
    for (const add of rule.additions) {
      const r = evaluateCondition(add.cond, ctx)
      if (r.value) parts.push({ row: { ...add, status: first.row.status }, r })
    }
    const support = parts.flatMap((m) => m.r.support)
    statuses.set(rule.slug, { status: first.row.status, support: first.r.support })
    const notes = parts.map((m) => m.row.grey_note).filter((n): n is string => !!n)
    rules.push({
      slug: rule.slug,
      status: first.row.status,
      demands: [...new Set(parts.map((m) => m.row.demand).filter((d): d is string => !!d))],
      open_questions: [...new Set(parts.flatMap((m) => m.row.open_questions))],
      ...(notes.length ? { grey_note: [...new Set(notes)].join('\n\n') } : {}),
      references: parts.flatMap((m) => m.row.references),
      trace: tidy(scan, support),
    })
  }
  rules.sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status])

  const workarounds: ScanResult['workarounds'] = []
  for (const w of scan.workarounds) {
    const hits = w.rows.map((row) => ({ row, r: evaluateCondition(row.cond, ctx) })).filter((m) => m.r.value)
    if (!hits.length) continue
    const warned = hits.some((m) => m.row.relevance === 'relevant-met-waarschuwing')
    workarounds.push({
      slug: w.slug,
      relevance: warned ? 'relevant-met-waarschuwing' : 'relevant',
      warnings: [...new Set(hits.map((m) => m.row.warning).filter((x): x is string => !!x))],
      trace: tidy(scan, hits.flatMap((m) => m.r.support)),
    })
  }
  const cases = scan.cases.flatMap((c) => {
    const r = evaluateCondition(c.cond, ctx)
    return r.value ? [{ slug: c.slug, trace: tidy(scan, r.support) }] : []
  })
  const signals = scan.signals.flatMap((s) => {
    const r = evaluateCondition(s.cond, ctx)
    return r.value ? [{ id: s.id, text: s.text, ...(s.scan ? { scan: s.scan } : {}), ...(s.rule ? { rule: s.rule } : {}), trace: tidy(scan, r.support) }] : []
  })
  const open = new Map<string, string[]>()
  for (const r of rules) for (const text of r.open_questions) open.set(text, [...(open.get(text) ?? []), r.slug])
  return {
    rules,
    workarounds,
    cases,
    open_questions: [...open].map(([text, slugs]) => ({ text, rules: slugs })),
    signals,
    trace: tidy(scan, [...given].flatMap(([question, a]) => (typeof a === 'string' ? [a] : a).map((option) => ({ question, option })))),
    parameters: (scan.meta.parameters ?? []).map((p) => ({ key: p.key, value: p.value, ...(p.valid_until ? { valid_until: p.valid_until } : {}) })),
  }
}

/** What a page needs to show the questions: order, texts and option labels. */
export function scanOutline(scan: Scan) {
  return {
    slug: scan.slug,
    title: scan.meta.title,
    questions: scan.questions.map((q) => ({ id: q.id, type: q.type, text: q.text, help: q.help, options: q.options.map((o) => ({ id: o.id, label: o.label })) })),
  }
}

/** The label of an option, for a trace line such as "Vorm: Verhuren". */
export function optionLabel(scan: Scan, question: string, option: string): string | undefined {
  return scan.questions.find((q) => q.id === question)?.options.find((o) => o.id === option)?.label
}
