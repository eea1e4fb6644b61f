/**
 * The steps of a scan after its start page, per interface language: one question per page,
 * the check page, the result and the justification note (HTML, Markdown, .docx). Answers
 * travel in the query string; nothing is stored.
 */
import { Hono, type Context } from 'hono'
import { SLUG_PATTERN } from '../content/schema.ts'
import type { Lang } from '../content/taxonomy.ts'
import { createEntriesRepository, type EntriesRepository } from '../db/entries.repository.ts'
import type { AppEnv, Deps } from '../env.ts'
import { entryPath } from '../paths.ts'
import type { AnswerProblem, Answers, Scan } from '../scan/evaluate.ts'
import type { EntryDetailOf } from '../db/entries.repository.ts'

interface Complete {
  entry: EntryDetailOf<'scan'>
  scan: Scan
  answers: Answers
}
import { answersQuery, completeStep, questionStep } from '../scan/flow.ts'
import { buildNote, noteMarkdown } from '../scan/note.ts'
import { scanOf, scanResultView } from '../services/scan-result.ts'
import { ScanFlowPage } from '../views/pages/scan-flow.tsx'
import { ScanNotePage } from '../views/pages/scan-note.tsx'
import { ScanResultPage } from '../views/pages/scan-result.tsx'
import { StatusPage } from '../views/pages/status-page.tsx'
import { scanSteps, type ScanStep } from '../views/scan/scan-paths.ts'
import { scanPath } from '../views/scan/scan-url.ts'
import { htmlResponse, notFoundPage, viewContext } from './html.tsx'

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

/** Loads the scan of a request and checks its answers; a response when that fails. */
async function prepare(c: Context, deps: Deps, entries: EntriesRepository, lang: Lang) {
  const slug = c.req.param('slug') ?? ''
  const entry = SLUG_PATTERN.test(slug) ? await entries.findEntry('scan', slug) : undefined
  if (!entry) return { response: notFoundPage(c, deps, lang) }
  return { entry, scan: scanOf(entry), query: c.req.queries() }
}

function badAnswers(c: Context, deps: Deps, lang: Lang, problems: AnswerProblem[]) {
  const ctx = viewContext(c, deps, lang)
  const lines = problems.map((p) => `${p.question}: ${p.problem} (${p.expected})`)
  return htmlResponse(c, <StatusPage ctx={ctx} title={ctx.t.scan.badAnswersTitle} text={ctx.t.scan.badAnswersText} problems={lines} />, 400)
}

export function createScanPageRoutes(deps: Deps, lang: Lang) {
  const entries = createEntriesRepository(deps.db)
  const routes = new Hono<AppEnv>()
  const steps = scanSteps[lang]

  routes.get(`/:slug/${steps.question}`, async (c) => {
    const loaded = await prepare(c, deps, entries, lang)
    if (!loaded.entry) return loaded.response
    const { entry, scan } = loaded
    const step = questionStep(scan, loaded.query)
    if (step.type === 'invalid') return badAnswers(c, deps, lang, step.problems)
    if (step.type === 'go') return c.redirect(scanPath(lang, entry.slug, step.to, step.query), 303)
    const status = step.type === 'question' && step.error ? 400 : 200
    return htmlResponse(c, <ScanFlowPage ctx={viewContext(c, deps, lang)} entry={entry} scan={scan} step={step} />, status)
  })

  /** The check page, the result and the note need every visible question answered. */
  const complete = (step: ScanStep, extension: string, render: (c: Context, loaded: Complete) => Promise<Response> | Response) => {
    routes.get(`/:slug/${steps[step]}${extension}`, async (c) => {
      const loaded = await prepare(c, deps, entries, lang)
      if (!loaded.entry) return loaded.response
      const { entry, scan } = loaded
      const done = completeStep(scan, loaded.query)
      if (done.type === 'invalid') return badAnswers(c, deps, lang, done.problems)
      if (done.type === 'go') return c.redirect(scanPath(lang, entry.slug, done.to, done.query), 303)
      if (done.type !== 'check') return notFoundPage(c, deps, lang)
      return render(c, { entry, scan, answers: done.answers })
    })
  }

  complete('check', '', (c, { entry, scan, answers }) =>
    htmlResponse(c, <ScanFlowPage ctx={viewContext(c, deps, lang)} entry={entry} scan={scan} step={{ type: 'check', answers }} />),
  )

  complete('result', '', async (c, { entry, scan, answers }) => {
    const result = await scanResultView(entries, scan, answers)
    const ctx = viewContext(c, deps, lang)
    return htmlResponse(c, <ScanResultPage ctx={ctx} entry={entry} scan={scan} result={result} query={answersQuery(scan, answers)} docx={!!deps.renderNoteDocx} />)
  })

  const note = async (c: Context, { entry, scan, answers }: Complete) => {
    const [result, buildInfo] = await Promise.all([scanResultView(entries, scan, answers), entries.buildInfo()])
    return buildNote({
      scan: { slug: entry.slug, title: entry.title, disclaimer: scan.meta.result.disclaimer },
      answers,
      result,
      date: deps.today?.() ?? new Date().toISOString().slice(0, 10),
      buildInfo,
      origin: new URL(c.req.url).origin,
      resultPath: scanPath('nl', entry.slug, 'result', answersQuery(scan, answers)),
      entryUrl: (type, slug) => entryPath('nl', type, slug),
    })
  }
  const attachment = (slug: string, extension: string) => `attachment; filename="onderbouwing-${slug}.${extension}"`

  complete('note', '', async (c, loaded) => htmlResponse(c, <ScanNotePage ctx={viewContext(c, deps, lang)} note={await note(c, loaded)} />))
  complete('note', '.md', async (c, loaded) =>
    c.body(noteMarkdown(await note(c, loaded)), 200, { 'Content-Type': 'text/markdown; charset=utf-8', 'Content-Disposition': attachment(loaded.entry.slug, 'md') }),
  )
  complete('note', '.docx', async (c, loaded) => {
    if (!deps.renderNoteDocx) return notFoundPage(c, deps, lang)
    const bytes = await deps.renderNoteDocx(await note(c, loaded))
    return c.body(bytes as Uint8Array<ArrayBuffer>, 200, { 'Content-Type': DOCX_TYPE, 'Content-Disposition': attachment(loaded.entry.slug, 'docx') })
  })

  // The language switch keeps the path after the scan's slug: send the other language's step names to ours.
  const other = scanSteps[lang === 'nl' ? 'en' : 'nl']
  for (const step of Object.keys(steps) as ScanStep[]) {
    for (const extension of step === 'note' ? ['', '.md', '.docx'] : ['']) {
      if (other[step] === steps[step]) continue
      routes.get(`/:slug/${other[step]}${extension}`, (c) => {
        const search = new URL(c.req.url).search
        return c.redirect(`${scanPath(lang, c.req.param('slug'), step, '', extension)}${search}`, 301)
      })
    }
  }
  return routes
}
