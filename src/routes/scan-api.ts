/**
 * The Regelscan in the API: the scans, one scan's questions, and the result for answers given
 * as query parameters (`?vorm=verhuren&project=dak&project=delen`). The same evaluator as the
 * pages; a wrong answer is a 400 that names the question.
 */
import { Hono, type Context } from 'hono'
import { listingOf } from '../content/kinds.ts'
import { SLUG_PATTERN } from '../content/schema.ts'
import { createEntriesRepository, type EntryDetailOf } from '../db/entries.repository.ts'
import type { AppEnv, Deps } from '../env.ts'
import { entryPath } from '../paths.ts'
import { nextQuestion, parseAnswers } from '../scan/evaluate.ts'
import { answersQuery } from '../scan/flow.ts'
import { scanOf, scanResultView, type TraceView } from '../services/scan-result.ts'
import { scanPath } from '../views/scan/scan-url.ts'
import { problem } from './problem.ts'

const segment = listingOf('scan').api
const apiPath = (slug: string) => `/api/v1/${segment}/${slug}`
const trace = (items: TraceView[]) => items.map((t) => ({ question: t.question, answer: t.option, questionText: t.questionText, answerLabel: t.optionLabel }))

export function createScanApi(deps: Deps) {
  const entries = createEntriesRepository(deps.db)
  const api = new Hono<AppEnv>()

  const find = async (c: Context): Promise<EntryDetailOf<'scan'> | Response> => {
    const slug = c.req.param('slug') ?? ''
    const entry = SLUG_PATTERN.test(slug) && slug.length <= 120 ? await entries.findEntry('scan', slug) : undefined
    return entry ?? problem(c, 404, 'Niet gevonden', `Er is geen regelscan met slug "${slug.slice(0, 120)}".`)
  }

  api.get('/', async (c) => {
    const list = await entries.listEntries('scan')
    return c.json({
      total: list.length,
      items: list.map((e) => ({
        type: e.type,
        slug: e.slug,
        title: e.title,
        titleEn: e.titleEn,
        summary: e.summary,
        summaryEn: e.summaryEn,
        url: entryPath('nl', 'scan', e.slug),
        apiUrl: apiPath(e.slug),
        resultUrl: `${apiPath(e.slug)}/result`,
        lastReviewed: e.lastReviewed,
        lastChanged: e.lastChanged,
        questions: e.meta.questions.length,
        rules: e.meta.rules.map((r) => r.slug),
      })),
    })
  })

  api.get('/:slug', async (c) => {
    const entry = await find(c)
    if (entry instanceof Response) return entry
    return c.json({
      type: entry.type,
      slug: entry.slug,
      title: entry.title,
      titleEn: entry.titleEn,
      summary: entry.summary,
      summaryEn: entry.summaryEn,
      url: entryPath('nl', 'scan', entry.slug),
      apiUrl: apiPath(entry.slug),
      resultUrl: `${apiPath(entry.slug)}/result`,
      lastReviewed: entry.lastReviewed,
      lastChanged: entry.lastChanged,
      disclaimer: entry.meta.result.disclaimer,
      questions: scanOf(entry).questions.map((q) => ({
        id: q.id,
        type: q.type,
        text: q.text,
        help: q.help ?? null,
        showIf: q.show_if ?? null,
        options: q.options.map((o) => ({ id: o.id, label: o.label })),
      })),
      rules: entry.meta.rules.map((r) => r.slug),
      workarounds: entry.meta.workarounds.map((w) => w.slug),
      cases: entry.meta.cases.map((x) => x.slug),
      references: entry.references.map((r) => ({ type: r.type, id: r.identifier, article: r.article, title: r.title, url: r.url })),
    })
  })

  api.get('/:slug/result', async (c) => {
    const entry = await find(c)
    if (entry instanceof Response) return entry
    const scan = scanOf(entry)
    const parsed = parseAnswers(scan, c.req.queries())
    if (!parsed.ok) {
      const invalid = parsed.problems.map((p) => ({ name: p.question, reason: `${p.problem}; ${p.expected}` }))
      const named = [...new Set(parsed.problems.map((p) => p.question))].join(', ')
      return problem(c, 400, 'Ongeldige antwoorden', `De antwoorden op ${named} kloppen niet; zie invalid-params.`, invalid)
    }
    const { answers } = parsed
    const result = await scanResultView(entries, scan, answers)
    const next = nextQuestion(scan, answers)
    const url = (type: 'rule' | 'workaround' | 'case', slug: string) => entryPath('nl', type, slug)
    return c.json({
      scan: entry.slug,
      complete: next.done,
      next_question: next.done ? null : next.question.id,
      url: scanPath('nl', entry.slug, 'result', answersQuery(scan, answers)),
      rules: result.rules.map((r) => ({
        slug: r.slug,
        title: r.title,
        url: url('rule', r.slug),
        status: r.status,
        demands: r.demands,
        grey_note: r.greyNote ?? null,
        open_questions: r.openQuestions,
        trace: trace(r.trace),
      })),
      workarounds: result.workarounds.map((w) => ({
        slug: w.slug,
        title: w.title,
        url: url('workaround', w.slug),
        relevance: w.relevance,
        warnings: w.warnings,
        certainty: w.certainty,
        conditions: w.conditions,
        rules: w.rules,
        trace: trace(w.trace),
      })),
      cases: result.cases.map((x) => ({ slug: x.slug, title: x.title, url: url('case', x.slug), outcome: x.outcome, place: x.place, trace: trace(x.trace) })),
      signals: result.signals.map((s) => ({ id: s.id, text: s.text, scan: s.scan?.slug ?? null, rule: s.rule ?? null, trace: trace(s.trace) })),
      open_questions: result.openQuestions.map((q) => ({ text: q.text, rules: q.rules })),
      trace: trace(result.situation),
      parameters: result.parameters,
    })
  })
  return api
}
